package org.peercert.curriculum.format;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read through SnakeYAML's node tree, which keeps line numbers. Getters never throw:
 * a missing or ill-typed field is added to {@link Problems} with its line and a neutral value returned.
 */
final class YamlMap {

    private final String file;
    private final int lineOffset;
    private final Problems problems;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, int lineOffset, Problems problems, MappingNode node) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(file, line(tuple.getKeyNode()), "a field name must be plain text");
            } else if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                problems.add(file, line(key), "field '" + key.getValue() + "' appears twice");
            }
        }
    }

    /** Parses a YAML document whose top level must be a mapping; {@code lineOffset} shifts reported lines. */
    static Optional<YamlMap> parse(String text, String file, int lineOffset, Problems problems) {
        try {
            Node root = new Yaml(new SafeConstructor(YamlLimits.loaderOptions())).compose(new StringReader(text));
            if (root instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(file, lineOffset, problems, mapping));
            }
            problems.add(file, 1 + lineOffset, root == null ? "the file is empty" : "the file must contain fields (key: value), not a list or a single value");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            problems.add(file, line + lineOffset, "YAML syntax: " + firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage()));
        } catch (ReaderException e) { // a control character: SnakeYAML knows only its position
            problems.add(file, lineAt(text, e.getPosition()) + lineOffset, "YAML syntax: " + firstLine(String.valueOf(e.getMessage())));
        } catch (YAMLException | IllegalArgumentException | IllegalStateException e) {
            // SnakeYAML's nesting and alias limits say no line: find the place again on the event stream
            YamlLimits.check(text).ifPresentOrElse(
                    v -> problems.add(file, v.line() + 1 + lineOffset, v.message()),
                    () -> problems.add(file, 1 + lineOffset, "YAML syntax: " + firstLine(String.valueOf(e.getMessage()))));
        }
        return Optional.empty();
    }

    /** The 1-based line of the code point at {@code position}. */
    private static int lineAt(String text, int position) {
        int end = text.codePointCount(0, text.length()) <= position ? text.length() : text.offsetByCodePoints(0, position);
        return 1 + (int) text.substring(0, end).chars().filter(c -> c == '\n').count();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    String file() {
        return file;
    }

    int line() {
        return line(node);
    }

    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : line(tuple.getKeyNode());
    }

    private int line(Node n) {
        return n.getStartMark().getLine() + 1 + lineOffset;
    }

    void problem(String key, String message) {
        problems.add(file, lineOf(key), message);
    }

    void warn(String key, String message) {
        problems.warn(file, lineOf(key), message);
    }

    boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** Reports fields that are not part of the format, which catches typos such as 'corect'. */
    void allowOnly(Set<String> allowed) {
        for (String key : entries.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(file, lineOf(key), "unknown field '" + key + "' (allowed here: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    String text(String key) {
        return optionalText(key).orElseGet(() -> {
            if (!has(key)) {
                problems.add(file, line(), "missing required field '" + key + "'");
            }
            return "";
        });
    }

    Optional<String> optionalText(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = entries.get(key).getValueNode();
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            if (text.isEmpty()) {
                problems.add(file, line(value), "field '" + key + "' is empty");
            }
            return Optional.of(text);
        }
        problems.add(file, line(value), "field '" + key + "' must be text, not a list or a mapping");
        return Optional.empty();
    }

    int integer(String key, int min, int max, @Nullable Integer defaultValue) {
        if (!has(key)) {
            if (defaultValue == null) {
                problems.add(file, line(), "missing required field '" + key + "'");
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
    BigDecimal decimal(String key, BigDecimal max, int decimals) {
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

    @Nullable Boolean optionalBool(String key) {
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

    boolean bool(String key, boolean defaultValue) {
        Boolean value = optionalBool(key);
        return value == null ? defaultValue : value;
    }

    /** A nested mapping; empty when absent (with a problem when it is not a mapping). */
    Optional<YamlMap> map(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = entries.get(key).getValueNode();
        if (value instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, lineOffset, problems, mapping));
        }
        problems.add(file, line(value), "field '" + key + "' must be a set of fields (key: value)");
        return Optional.empty();
    }

    /** A list of text values; a missing field gives an empty list (and a problem when {@code required}). */
    List<String> textList(String key, boolean required) {
        List<String> result = new ArrayList<>();
        for (Node item : sequence(key, required)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            } else {
                problems.add(file, line(item), "every entry of '" + key + "' must be non-empty text");
            }
        }
        return result;
    }

    /** A list of mappings; a missing field gives an empty list (and a problem when {@code required}). */
    List<YamlMap> maps(String key, boolean required) {
        List<YamlMap> result = new ArrayList<>();
        for (Node item : sequence(key, required)) {
            if (item instanceof MappingNode mapping) {
                result.add(new YamlMap(file, lineOffset, problems, mapping));
            } else {
                problems.add(file, line(item), "every entry of '" + key + "' must be a set of fields (key: value)");
            }
        }
        return result;
    }

    private List<Node> sequence(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problems.add(file, line(), "missing required field '" + key + "'");
            }
            return List.of();
        }
        Node value = entries.get(key).getValueNode();
        if (value instanceof SequenceNode sequence) {
            if (required && sequence.getValue().isEmpty()) {
                problems.add(file, line(value), "'" + key + "' must not be empty");
            }
            return sequence.getValue();
        }
        problems.add(file, line(value), "field '" + key + "' must be a list (entries starting with '- ')");
        return List.of();
    }

    /**
     * This mapping as plain maps, lists and text (for practice files, whose kinds read them without YAML),
     * recording the line of every field and list entry under its path ({@code turns/2/replies/0/next}).
     */
    Map<String, Object> toTree(Map<String, Integer> lines) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) plain(node, "", lines, 0);
        return tree;
    }

    private @Nullable Object plain(Node n, String path, Map<String, Integer> lines, int depth) {
        if (depth > 30) { // an alias can make a node contain itself
            return null;
        }
        if (n instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !map.containsKey(key.getValue())) {
                    String child = path.isEmpty() ? key.getValue() : path + "/" + key.getValue();
                    lines.put(child, line(key));
                    Object value = plain(tuple.getValueNode(), child, lines, depth + 1);
                    if (value != null) {
                        map.put(key.getValue(), value);
                    }
                }
            }
            return map;
        }
        if (n instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                String child = path + "/" + list.size();
                lines.put(child, line(item));
                Object value = plain(item, child, lines, depth + 1);
                list.add(value == null ? "" : value);
            }
            return list;
        }
        return isNull(n) ? null : ((ScalarNode) n).getValue();
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }
}
