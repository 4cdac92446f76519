package org.peercert.authoring.gift;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peercert.authoring.gift.GiftReport.Entry;
import org.peercert.authoring.gift.GiftReport.Status;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A question-bank (or quiz) file written as GIFT, the way Moodle's exporter writes it: {@code ::id::} as the
 * title, escapes for {@code ~ = # { } :} and line breaks, general feedback after {@code ####}. Ordering and
 * scenario questions have no GIFT form and are reported as skipped. Reading the GIFT back with
 * {@link GiftImporter} gives the same questions (same ids, fields and weights).
 */
public final class GiftExporter {

    public record Result(String gift, GiftReport report) {}

    private final StringBuilder out = new StringBuilder();
    private final List<Entry> report = new ArrayList<>();

    private GiftExporter() {}

    /** @param yaml a {@code bank/*.yaml} or {@code quiz.yaml} file; @param category its GIFT category (the bank title) */
    public static Result export(String yaml, String category) {
        List<Map<String, Object>> questions = questions(yaml);
        GiftExporter exporter = new GiftExporter();
        exporter.out.append("// exported from PeerCert\n$CATEGORY: ").append(GiftText.escape(category)).append("\n\n");
        for (int i = 0; i < questions.size(); i++) {
            exporter.write(questions.get(i), i + 1);
        }
        return new Result(exporter.out.toString(), new GiftReport(exporter.report));
    }

    /** The category an exported bank file carries: its title, else its file name. */
    public static String category(String yaml, String fileName) {
        Object title = load(yaml).get("title");
        return title == null || title.toString().isBlank() ? fileName.replaceAll("\\.yaml$", "") : title.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> questions(String yaml) {
        Object questions = load(yaml).get("questions");
        if (!(questions instanceof List<?> list) || !list.stream().allMatch(q -> q instanceof Map)) {
            throw new GiftException("the file has no 'questions:' list to export");
        }
        return (List<Map<String, Object>>) list;
    }

    private static Map<?, ?> load(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(30);
        try {
            Object root = new Yaml(new SafeConstructor(options)).load(yaml);
            if (root instanceof Map<?, ?> map) {
                return map;
            }
        } catch (RuntimeException e) {
            throw new GiftException("the file is not readable YAML: " + e.getMessage());
        }
        throw new GiftException("the file has no 'questions:' list to export");
    }

    private void write(Map<String, Object> q, int position) {
        String id = text(q.get("id"));
        String type = text(q.get("type"));
        @Nullable String answers = switch (type) {
            case "single", "multiple" -> choices(q, type.equals("multiple"));
            case "true-false" -> Boolean.parseBoolean(text(q.get("answer"))) ? "TRUE" : "FALSE";
            case "short-text" -> shortText(q, id, position);
            case "matching" -> matching(q, id, position);
            default -> {
                report.add(new Entry(id, position, id, Status.SKIPPED, "type '" + type + "' has no GIFT form"));
                yield null;
            }
        };
        if (answers == null) {
            return;
        }
        out.append("::").append(GiftText.escape(id)).append("::").append(GiftText.escape(text(q.get("prompt")))).append(" {\n")
                .append(answers).append("\t####").append(GiftText.escape(text(q.get("explanation")))).append("\n}\n\n");
        String points = text(q.get("points"));
        report.add(points.isEmpty() || points.equals("1")
                ? new Entry(id, position, id, Status.IMPORTED, "exported as " + type)
                : new Entry(id, position, id, Status.WARNING, "points " + points + " not kept: GIFT questions count 1"));
    }

    /**
     * Weighted options keep their weights; without weights a multiple-choice question gives every right option an
     * equal share (Moodle's 33.33333 for a third), which the importer reads back as unweighted.
     */
    private String choices(Map<String, Object> q, boolean multiple) {
        List<Map<String, Object>> options = maps(q.get("options"));
        boolean weighted = options.stream().anyMatch(o -> o.get("weight") != null);
        long right = options.stream().filter(GiftExporter::correct).count();
        StringBuilder answers = new StringBuilder();
        for (Map<String, Object> option : options) {
            String marker;
            if (!multiple && correct(option)) {
                marker = "=";
            } else if (weighted) {
                BigDecimal weight = new BigDecimal(text(option.get("weight")).isEmpty() ? "0" : text(option.get("weight")));
                marker = weight.signum() == 0 ? "~" : "~%" + weight.stripTrailingZeros().toPlainString() + "%";
            } else if (multiple && correct(option)) {
                marker = "~%" + BigDecimal.valueOf(100).divide(BigDecimal.valueOf(right), new MathContext(7))
                        .stripTrailingZeros().toPlainString() + "%";
            } else {
                marker = "~";
            }
            answers.append('\t').append(marker).append(GiftText.escape(text(option.get("text"))));
            String feedback = text(option.get("feedback"));
            if (!feedback.isEmpty()) {
                answers.append('#').append(GiftText.escape(feedback));
            }
            answers.append('\n');
        }
        return answers.toString();
    }

    /** An accepted answer with "->" in it would read back as a matching pair. */
    private @Nullable String shortText(Map<String, Object> q, String id, int position) {
        List<String> accepted = texts(q.get("accepted"));
        if (accepted.stream().anyMatch(a -> a.contains("->"))) {
            report.add(new Entry(id, position, id, Status.SKIPPED, "an accepted answer contains '->', which GIFT cannot write"));
            return null;
        }
        StringBuilder answers = new StringBuilder();
        accepted.forEach(a -> answers.append("\t=").append(GiftText.escape(a)).append('\n'));
        return answers.toString();
    }

    private @Nullable String matching(Map<String, Object> q, String id, int position) {
        List<Map<String, Object>> pairs = maps(q.get("pairs"));
        if (pairs.stream().anyMatch(p -> text(p.get("left")).contains("->"))) {
            report.add(new Entry(id, position, id, Status.SKIPPED, "a left item contains '->', which GIFT cannot write"));
            return null;
        }
        StringBuilder answers = new StringBuilder();
        pairs.forEach(p -> answers.append("\t=").append(GiftText.escape(text(p.get("left")))).append(" -> ")
                .append(GiftText.escape(text(p.get("right")))).append('\n'));
        return answers.toString();
    }

    private static boolean correct(Map<String, Object> option) {
        return Boolean.parseBoolean(text(option.get("correct")));
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString().strip();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(@Nullable Object value) {
        return value instanceof List<?> list ? list.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList()
                : List.of();
    }

    private static List<String> texts(@Nullable Object value) {
        return value instanceof List<?> list ? list.stream().map(GiftExporter::text).toList() : List.of();
    }
}
