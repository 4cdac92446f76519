package org.peercert.curriculum.format;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peercert.fields.FieldLines;
import org.peercert.fields.Fields;
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
 * Parses a YAML document into the plain values {@link Fields} reads, through SnakeYAML's node tree so every
 * field's line is known. Field names that are not plain text or appear twice are reported while parsing.
 */
final class YamlDocument {

    /** An alias can make a node contain itself: the tree stops there. */
    private static final int MAX_DEPTH = 30;

    private final String file;
    private final int lineOffset;
    private final Problems problems;
    private final FieldLines lines = new FieldLines();

    private YamlDocument(String file, int lineOffset, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /** Parses a YAML document whose top level must be a mapping; {@code lineOffset} shifts reported lines. */
    static Optional<Fields> parse(String text, String file, int lineOffset, Problems problems) {
        try {
            Node root = new Yaml(new SafeConstructor(YamlLimits.loaderOptions())).compose(new StringReader(text));
            if (root instanceof MappingNode mapping) {
                var document = new YamlDocument(file, lineOffset, problems);
                document.lines.put("", document.line(mapping), document.line(mapping));
                Map<?, ?> tree = (Map<?, ?>) document.plain(mapping, "", 0);
                return Optional.of(Fields.root(tree == null ? Map.of() : tree, file, document.lines, problems.report()));
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

    private int line(Node n) {
        return n.getStartMark().getLine() + 1 + lineOffset;
    }

    /** The node as plain maps (null values kept, so {@code allowOnly} sees every name), lists and text. */
    private @Nullable Object plain(Node n, String path, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (n instanceof MappingNode mapping) {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    problems.add(file, line(tuple.getKeyNode()), "a field name must be plain text");
                } else if (map.containsKey(key.getValue())) {
                    problems.add(file, line(key), "field '" + key.getValue() + "' appears twice");
                } else {
                    String child = path.isEmpty() ? key.getValue() : path + "/" + key.getValue();
                    lines.put(child, line(key), line(tuple.getValueNode()));
                    map.put(key.getValue(), plain(tuple.getValueNode(), child, depth + 1));
                }
            }
            return map;
        }
        if (n instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                String child = path + "/" + list.size();
                lines.put(child, line(item), line(item));
                Object value = plain(item, child, depth + 1);
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
