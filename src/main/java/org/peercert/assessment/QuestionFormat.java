package org.peercert.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peercert.fields.Fields;

/**
 * Reads and writes questions in the curriculum format (quiz.yaml, assessment.yaml and stored definitions share
 * it): the common fields here, the rest by the question's {@link QuestionType}. A sub-question inherits its
 * scenario's competency unless it names one.
 */
public final class QuestionFormat {

    public static final Set<String> COMMON_FIELDS = Set.of("id", "type", "competency", "prompt", "points", "explanation");

    /** Top-level question, sub-question, and the sub-question's own (invalid) sub-questions. */
    private static final int MAX_DEPTH = 2;

    /** Checks the course adds to each question's common fields (known competency, unique id...). */
    @FunctionalInterface
    public interface Checks {
        void check(Fields question, String id, String competency);
    }

    private final QuestionTypes types;
    private final Checks checks;

    public QuestionFormat(QuestionTypes types, Checks checks) {
        this.types = types;
        this.checks = checks;
    }

    /** Stored definitions: validated when their course was loaded. */
    public static QuestionFormat stored() {
        return new QuestionFormat(QuestionTypes.standard(), (question, id, competency) -> {});
    }

    public List<QuestionDefinition> readAll(List<Fields> questions) {
        return questions.stream().map(q -> read(q, null, 0)).toList();
    }

    public QuestionDefinition read(Fields question) {
        return read(question, null, 0);
    }

    /**
     * Sub-questions of a sub-question (always invalid, see the scenario type) are read one level deep so the type
     * can name the mistake, but no deeper: a YAML alias can make a scenario contain itself, which would otherwise
     * recurse until the stack overflows.
     */
    private QuestionDefinition read(Fields yaml, @Nullable String inheritedCompetency, int depth) {
        String id = yaml.text("id");
        String type = yaml.text("type");
        String competency = inheritedCompetency != null && !yaml.has("competency") ? inheritedCompetency : yaml.text("competency");
        checks.check(yaml, id, competency);
        String prompt = yaml.text("prompt");
        int points = yaml.integer("points", 1, 100, 1);
        String explanation = yaml.text("explanation");
        Object content = types.find(type).<Object>map(t -> {
            allowOnly(yaml, id, t);
            return t.read(yaml, id, parts -> depth >= MAX_DEPTH ? List.of()
                    : parts.stream().map(part -> read(part, competency, depth + 1)).toList());
        }).orElseGet(() -> {
            if (!type.isEmpty()) {
                yaml.problem("type", "question '" + id + "': unknown type '" + type + "' (known: "
                        + String.join(", ", types.names()) + ")");
            }
            return Map.of();
        });
        return new QuestionDefinition(id, type, competency, prompt, points, explanation, content);
    }

    /** A field of another type is named as such, so a typo'd type is not silently accepted. */
    private void allowOnly(Fields yaml, String id, QuestionType<?> type) {
        Set<String> others = types.all().stream().filter(t -> t != type).flatMap(t -> t.fields().stream()).collect(Collectors.toSet());
        Set<String> allowed = Stream.concat(COMMON_FIELDS.stream(), type.fields().stream()).collect(Collectors.toSet());
        for (String key : yaml.keys()) {
            if (allowed.contains(key)) {
                continue;
            }
            if (others.contains(key)) {
                yaml.problem("type", "question '%s': field '%s' is not used by type '%s'".formatted(id, key, type.name()));
            } else {
                yaml.problem(key, "unknown field '" + key + "' (allowed here: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    /** The question as plain YAML values in file order: the common fields, then its type's. */
    public Map<String, Object> write(QuestionDefinition question) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", question.id());
        yaml.put("type", question.type());
        yaml.put("competency", question.competency());
        yaml.put("prompt", question.prompt());
        yaml.put("points", question.points());
        yaml.put("explanation", question.explanation());
        yaml.putAll(types.write(question));
        return yaml;
    }
}
