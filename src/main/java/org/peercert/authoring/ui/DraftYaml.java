package org.peercert.authoring.ui;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peercert.curriculum.format.YamlLimits;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A draft's YAML files as ordered maps for the forms, and back as block-style text. Reading is safe
 * (plain values only) with the curriculum reader's limits; what the forms write is judged by the
 * curriculum validator, not here.
 */
final class DraftYaml {

    private DraftYaml() {}

    /** Read with the curriculum reader's own limits, so a form never accepts what publishing would refuse. */
    private static Yaml yaml() {
        LoaderOptions loader = YamlLimits.loaderOptions();
        var dumper = new DumperOptions();
        dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumper.setIndicatorIndent(2);
        dumper.setIndentWithIndicator(true);
        dumper.setWidth(120);
        dumper.setSplitLines(false);
        return new Yaml(new SafeConstructor(loader), new Representer(dumper), dumper, loader);
    }

    /** The file's top-level mapping in file order; an empty or blank file is an empty map. */
    static Map<String, Object> load(String text) {
        if (text.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            if (yaml().load(text) instanceof Map<?, ?> map) {
                return stringKeys(map);
            }
        } catch (YAMLException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("the file must be a mapping of 'name: value' lines");
    }

    static String dump(Map<String, ?> map) {
        return yaml().dump(map);
    }

    /** A nested mapping as an ordered map with text keys (empty when absent or not a mapping). */
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return parent.get(key) instanceof Map<?, ?> m ? stringKeys(m) : new LinkedHashMap<>();
    }

    /** A nested list of mappings (non-mappings left out). */
    static List<Map<String, Object>> maps(Map<String, Object> parent, String key) {
        List<Map<String, Object>> result = new ArrayList<>();
        if (parent.get(key) instanceof List<?> list) {
            list.forEach(item -> {
                if (item instanceof Map<?, ?> m) {
                    result.add(stringKeys(m));
                }
            });
        }
        return result;
    }

    static List<String> texts(Map<String, Object> parent, String key) {
        return parent.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    static String text(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? "" : String.valueOf(value);
    }

    static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    /**
     * Where a 1-based line lies in the file: the keys and list indexes leading to the innermost node that
     * contains it, e.g. {@code [questions, 2, prompt]}. Empty when the line is outside any entry or the
     * file cannot be parsed, so a problem falls back to the file's list.
     */
    static List<Object> pathAt(String text, int line) {
        List<Object> path = new ArrayList<>();
        try {
            Node root = yaml().compose(new StringReader(text));
            if (root != null) {
                descend(root, line - 1, path);
            }
        } catch (YAMLException e) {
            path.clear();
        }
        return path;
    }

    /**
     * A line belongs to the last entry (or item) starting at or before it: a block node's end mark lies on the
     * next node's first line, so ends cannot tell where an entry stops.
     */
    private static void descend(Node node, int line, List<Object> path) {
        if (node instanceof MappingNode mapping) {
            NodeTuple owner = null;
            for (NodeTuple entry : mapping.getValue()) {
                if (entry.getKeyNode().getStartMark().getLine() <= line) {
                    owner = entry;
                }
            }
            if (owner != null && owner.getKeyNode() instanceof ScalarNode key) {
                path.add(key.getValue());
                descend(owner.getValueNode(), line, path);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            int owner = -1;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).getStartMark().getLine() <= line) {
                    owner = i;
                }
            }
            if (owner >= 0) {
                path.add(owner);
                descend(items.get(owner), line, path);
            }
        }
    }
}
