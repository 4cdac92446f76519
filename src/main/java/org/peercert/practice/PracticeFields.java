package org.peercert.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A mapping of a practice file (plain maps, lists and text, as parsed from YAML or stored JSON). Getters
 * never throw: a missing or ill-typed field is recorded as a {@link PracticeProblem} at its path and a
 * neutral value returned, so every problem of a file is reported at once.
 */
public final class PracticeFields {

    private final Map<?, ?> values;
    private final String path;
    private final List<PracticeProblem> problems;

    private PracticeFields(Map<?, ?> values, String path, List<PracticeProblem> problems) {
        this.values = values;
        this.path = path;
        this.problems = problems;
    }

    public static PracticeFields root(Map<?, ?> values, List<PracticeProblem> problems) {
        return new PracticeFields(values, "", problems);
    }

    public String path(String key) {
        return path.isEmpty() ? key : path + "/" + key;
    }

    public void problem(String key, String message) {
        problems.add(new PracticeProblem(path(key), message));
    }

    /** A problem with this mapping as a whole. */
    public void problem(String message) {
        problems.add(new PracticeProblem(path, message));
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    public void allowOnly(Set<String> allowed) {
        for (Object key : values.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                problem(String.valueOf(key), "unknown field '" + key + "' (allowed here: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
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
            problem(key, "field '" + key + "' must be text, not a list or a mapping");
            return Optional.empty();
        }
        String text = String.valueOf(value).strip();
        if (text.isEmpty()) {
            problem(key, "field '" + key + "' is empty");
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

    public boolean bool(String key, boolean defaultValue) {
        if (!has(key)) {
            return defaultValue;
        }
        String text = optionalText(key).orElse("").toLowerCase();
        return switch (text) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(key, "'" + key + "' must be true or false, found '" + text + "'");
                yield defaultValue;
            }
        };
    }

    public List<String> textList(String key, boolean required) {
        List<String> result = new ArrayList<>();
        List<?> items = list(key, required);
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null || item instanceof Map<?, ?> || item instanceof List<?> || String.valueOf(item).isBlank()) {
                problem(key + "/" + i, "every entry of '" + key + "' must be non-empty text");
            } else {
                result.add(String.valueOf(item).strip());
            }
        }
        return result;
    }

    public List<PracticeFields> maps(String key, boolean required) {
        List<PracticeFields> result = new ArrayList<>();
        List<?> items = list(key, required);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> map) {
                result.add(new PracticeFields(map, path(key + "/" + i), problems));
            } else {
                problem(key + "/" + i, "every entry of '" + key + "' must be a set of fields (key: value)");
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
            problem(key, "field '" + key + "' must be a set of fields (name: value)");
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
                problem(key, "'" + key + "' must not be empty");
            }
            return list;
        }
        problem(key, "field '" + key + "' must be a list (entries starting with '- ')");
        return List.of();
    }
}
