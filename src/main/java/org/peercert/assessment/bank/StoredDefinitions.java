package org.peercert.assessment.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored question definitions written before each type owned its fields had one shape for all types: every
 * type's field present, empty when unused ({@code "pairs": [], "answer": null}), and a scenario's sub-questions
 * under {@code parts}. This turns such a definition into the curriculum format the types read (what is stored
 * now), so attempts on course versions loaded back then keep working.
 */
public final class StoredDefinitions {

    private StoredDefinitions() {}

    /** Whether this is a definition in the old one-shape-for-all form. */
    public static boolean isLegacy(Map<?, ?> stored) {
        return stored.containsKey("parts") && stored.containsKey("options") && stored.containsKey("accepted");
    }

    /** The old form in the curriculum format: empty fields dropped, {@code parts} read as {@code questions}. */
    public static Map<String, Object> upgrade(Map<?, ?> legacy) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        legacy.forEach((key, value) -> {
            if (value == null || (value instanceof List<?> list && list.isEmpty())) {
                return;
            }
            if ("parts".equals(key) && value instanceof List<?> parts) {
                yaml.put("questions", parts.stream().map(p -> p instanceof Map<?, ?> part ? upgrade(part) : p).toList());
            } else {
                yaml.put(String.valueOf(key), value);
            }
        });
        return yaml;
    }
}
