package org.peercert.fields;

import java.util.HashMap;
import java.util.Map;

/**
 * The lines of a file's fields by path ({@code questions/2/options/0/text}): the line of each field's name and
 * of its value (a list or mapping value starts on the next line). Paths not recorded fall back to the nearest
 * enclosing field, so a problem is never without a place.
 */
public final class FieldLines {

    static final FieldLines NONE = new FieldLines();

    private final Map<String, Integer> keys = new HashMap<>();
    private final Map<String, Integer> values = new HashMap<>();

    /** Records where the field at {@code path} (its name, then its value) is. */
    public void put(String path, int keyLine, int valueLine) {
        keys.putIfAbsent(path, keyLine);
        values.putIfAbsent(path, valueLine);
    }

    boolean has(String path) {
        return keys.containsKey(path);
    }

    int keyLine(String path) {
        return find(keys, path);
    }

    int valueLine(String path) {
        return values.containsKey(path) ? values.get(path) : find(keys, path);
    }

    private static int find(Map<String, Integer> lines, String path) {
        String at = path;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 0;
            }
            at = at.contains("/") ? at.substring(0, at.lastIndexOf('/')) : "";
        }
    }
}
