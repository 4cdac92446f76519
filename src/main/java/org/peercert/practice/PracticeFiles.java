package org.peercert.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.peercert.fields.Fields;

/**
 * Reads one practice file: the fields every kind shares (id, kind, title, summary, counts, rubric) and
 * then the kind's own. Used by the curriculum validator, which turns each problem's path into a line.
 */
public final class PracticeFiles {

    public static final Set<String> COMMON_FIELDS = Set.of("id", "kind", "title", "summary", "counts", "rubric");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private PracticeFiles() {}

    /** The definition, or empty when the file has problems (all reported through {@code fields}). */
    public static Optional<PracticeDefinition> read(Fields fields, Set<String> competencies) {
        int before = fields.problemCount();
        String id = fields.text("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            fields.problem("id", "practice id '" + id + "' must use lower-case letters, digits and dashes");
        }
        String kindName = fields.text("kind");
        Optional<PracticeKind<?>> kind = PracticeKinds.standard().find(kindName);
        if (kind.isEmpty() && !kindName.isEmpty()) {
            fields.problem("kind", "unknown practice kind '" + kindName + "' (known: "
                    + String.join(", ", PracticeKinds.standard().names()) + ")");
        }
        String counts = fields.optionalText("counts").orElse("first");
        if (!counts.equals("first") && !counts.equals("best")) {
            fields.problem("counts", "'counts' must be first or best, found '" + counts + "'");
        }
        Map<String, String> rubric = fields.textMap("rubric", true);
        kind.ifPresent(k -> {
            fields.allowOnly(Set.copyOf(Stream.concat(COMMON_FIELDS.stream(), k.fields().stream()).toList()));
            rubric.forEach((dimension, competency) -> {
                if (!k.dimensions().contains(dimension)) {
                    fields.problem("rubric/" + dimension, "unknown rubric dimension '" + dimension + "' for "
                            + k.name() + " (known: " + String.join(", ", k.dimensions().stream().sorted().toList()) + ")");
                }
                if (!competencies.contains(competency)) {
                    fields.problem("rubric/" + dimension, "unknown competency '" + competency + "' (not in course.yaml)");
                }
            });
            k.read(fields, rubric);
        });
        var definition = new PracticeDefinition(id, kindName, fields.text("title"), fields.optionalText("summary").orElse(""),
                counts.equals("best") ? PracticeDefinition.Counts.BEST : PracticeDefinition.Counts.FIRST, rubric,
                withoutNulls(fields.values()));
        return fields.problemCount() == before ? Optional.of(definition) : Optional.empty();
    }

    /** The file as stored: fields left empty in the file ({@code summary:}) are left out. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutNulls(Map<?, ?> values) {
        return (Map<String, Object>) plain(values);
    }

    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    copy.put(String.valueOf(k), plain(v));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PracticeFiles::plain).toList();
        }
        return value;
    }
}
