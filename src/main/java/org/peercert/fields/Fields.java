package org.peercert.fields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A mapping of plain values (maps, lists, text, numbers, booleans; as parsed from YAML or stored as JSON). Getters
 * never throw: a missing or ill-typed field is reported with its path (and line, for a file) and a neutral value
 * returned, so every problem of a file is reported at once.
 */
public final class Fields {

    /** The reading all mappings of one document share: its file, line index and report. */
    private static final class Reading {
        final String file;
        final FieldLines lines;
        final FieldProblem.Report report;
        int problems;

        Reading(String file, FieldLines lines, FieldProblem.Report report) {
            this.file = file;
            this.lines = lines;
            this.report = report;
        }
    }

    private final Map<?, ?> values;
    private final String path;
    private final Reading reading;

    private Fields(Map<?, ?> values, String path, Reading reading) {
        this.values = values;
        this.path = path;
        this.reading = reading;
    }

    /** The top-level mapping of a file, with the lines of its fields. */
    public static Fields root(Map<?, ?> values, String file, FieldLines lines, FieldProblem.Report report) {
        return new Fields(values, "", new Reading(file, lines, report));
    }

    /** Stored values (no file, no lines): problems name paths only. */
    public static Fields of(Map<?, ?> values, FieldProblem.Report report) {
        return root(values, "", FieldLines.NONE, report);
    }

    /** Stored values known to be valid (read when the course was loaded): problems are ignored. */
    public static Fields trusted(Map<?, ?> values) {
        return of(values, problem -> {});
    }

    // ---- where ------------------------------------------------------------------------------------

    public String file() {
        return reading.file;
    }

    public String path() {
        return path;
    }

    public String path(String key) {
        return path.isEmpty() ? key : path + "/" + key;
    }

    /** The line where this mapping starts (0 without lines). */
    public int line() {
        return reading.lines.valueLine(path);
    }

    /** The line of a field's name, or of this mapping when the field is absent. */
    public int lineOf(String key) {
        return reading.lines.has(path(key)) ? reading.lines.keyLine(path(key)) : line();
    }

    /** {@code file:line} of a field, for messages that point at another place ("first used at ..."). */
    public String where(String key) {
        return reading.file + ":" + lineOf(key);
    }

    /** How many problems this document has had so far (to tell whether a part read cleanly). */
    public int problemCount() {
        return reading.problems;
    }

    public void problem(String key, String message) {
        report(path(key), lineOf(key), message);
    }

    /** A problem with this mapping as a whole. */
    public void problem(String message) {
        report(path, line(), message);
    }

    public void warn(String key, String message) {
        reading.report.warning(new FieldProblem(reading.file, lineOf(key), path(key), message));
    }

    private void valueProblem(String key, String message) {
        report(path(key), reading.lines.valueLine(path(key)), message);
    }

    private void report(String at, int line, String message) {
        reading.problems++;
        reading.report.problem(new FieldProblem(reading.file, line, at, message));
    }

    // ---- values -----------------------------------------------------------------------------------

    /** The plain values of this mapping, as read. */
    public Map<?, ?> values() {
        return values;
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    /** Reports fields that are not part of the format, which catches typos such as 'corect'. */
    public void allowOnly(Set<String> allowed) {
        for (Object key : values.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                problem(String.valueOf(key), "unknown field '" + key + "' (allowed here: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    /** The names of the fields, in file order. */
    public List<String> keys() {
        return values.keySet().stream().map(String::valueOf).toList();
    }

    public String text(String key) {
        return optionalText(key).orElseGet(() -> {
            if (!has(key)) {
                problem("missing required field '" + key + "'");
            }
            return "";
        });
    }

    public Optional<String> optionalText(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            valueProblem(key, "field '" + key + "' must be text, not a list or a mapping");
            return Optional.empty();
        }
        String text = String.valueOf(value).strip();
        if (text.isEmpty()) {
            valueProblem(key, "field '" + key + "' is empty");
        }
        return Optional.of(text);
    }

    public int integer(String key, int min, int max, @Nullable Integer defaultValue) {
        if (!has(key)) {
            if (defaultValue == null) {
                problem("missing required field '" + key + "'");
                return min;
            }
            return defaultValue;
        }
        String text = optionalText(key).orElse("");
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                problem(key, "'" + key + "' must be between " + min + " and " + max + ", found " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, "'" + key + "' must be a whole number, found '" + text + "'");
            return min;
        }
    }

    /** A required number above 0 and at most {@code max}, with at most {@code decimals} digits after the point. */
    public BigDecimal decimal(String key, BigDecimal max, int decimals) {
        String text = text(key);
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() <= 0 || value.compareTo(max) > 0) {
                problem(key, "'" + key + "' must be greater than 0 and at most " + max.toPlainString() + ", found " + text);
            } else if (value.stripTrailingZeros().scale() > decimals) {
                problem(key, "'" + key + "' may have at most " + decimals + " digits after the decimal point, found " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            if (!text.isEmpty()) {
                problem(key, "'" + key + "' must be a number, found '" + text + "'");
            }
            return BigDecimal.ZERO;
        }
    }

    /** Any number (a decimal point allowed); empty when absent or not a number (with a problem). */
    public Optional<BigDecimal> number(String key) {
        return optionalText(key).flatMap(text -> {
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                if (!text.isEmpty()) {
                    problem(key, "'" + key + "' must be a number, found '" + text + "'");
                }
                return Optional.empty();
            }
        });
    }

    public @Nullable Boolean optionalBool(String key) {
        if (!has(key)) {
            return null;
        }
        String text = optionalText(key).orElse("").toLowerCase();
        return switch (text) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(key, "'" + key + "' must be true or false, found '" + text + "'");
                yield null;
            }
        };
    }

    public boolean bool(String key, boolean defaultValue) {
        Boolean value = optionalBool(key);
        return value == null ? defaultValue : value;
    }

    /** A nested mapping; empty when absent (with a problem when it is not a mapping). */
    public Optional<Fields> map(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new Fields(map, path(key), reading));
        }
        valueProblem(key, "field '" + key + "' must be a set of fields (key: value)");
        return Optional.empty();
    }

    /** A list of text values; a missing field gives an empty list (and a problem when {@code required}). */
    public List<String> textList(String key, boolean required) {
        List<String> result = new ArrayList<>();
        List<?> items = list(key, required);
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null || item instanceof Map<?, ?> || item instanceof List<?> || String.valueOf(item).isBlank()) {
                valueProblem(key + "/" + i, "every entry of '" + key + "' must be non-empty text");
            } else {
                result.add(String.valueOf(item).strip());
            }
        }
        return result;
    }

    /** A list of mappings; a missing field gives an empty list (and a problem when {@code required}). */
    public List<Fields> maps(String key, boolean required) {
        List<Fields> result = new ArrayList<>();
        List<?> items = list(key, required);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> map) {
                result.add(new Fields(map, path(key + "/" + i), reading));
            } else {
                valueProblem(key + "/" + i, "every entry of '" + key + "' must be a set of fields (key: value)");
            }
        }
        return result;
    }

    /** A mapping of names to text values (e.g. rubric dimension to competency), in file order. */
    public Map<String, String> textMap(String key, boolean required) {
        Map<String, String> result = new LinkedHashMap<>();
        Object value = values.get(key);
        if (value == null) {
            if (required) {
                problem("missing required field '" + key + "'");
            }
            return result;
        }
        if (!(value instanceof Map<?, ?> map)) {
            valueProblem(key, "field '" + key + "' must be a set of fields (name: value)");
            return result;
        }
        map.forEach((k, v) -> {
            if (v == null || v instanceof Map<?, ?> || v instanceof List<?> || String.valueOf(v).isBlank()) {
                problem(key + "/" + k, "'" + key + "." + k + "' must be non-empty text");
            } else {
                result.put(String.valueOf(k), String.valueOf(v).strip());
            }
        });
        return result;
    }

    private List<?> list(String key, boolean required) {
        Object value = values.get(key);
        if (value == null) {
            if (required) {
                problem("missing required field '" + key + "'");
            }
            return List.of();
        }
        if (value instanceof List<?> list) {
            if (required && list.isEmpty()) {
                valueProblem(key, "'" + key + "' must not be empty");
            }
            return list;
        }
        valueProblem(key, "field '" + key + "' must be a list (entries starting with '- ')");
        return List.of();
    }
}
