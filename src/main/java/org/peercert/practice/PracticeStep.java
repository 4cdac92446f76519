package org.peercert.practice;

import java.util.Map;

/**
 * One saved step of a practice attempt: a reply in a conversation (key = its position), or one field of
 * a design form (key = the field name). Values are plain text so every kind stores the same way.
 */
public record PracticeStep(String key, Map<String, String> values) {

    public PracticeStep {
        values = Map.copyOf(values);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }
}
