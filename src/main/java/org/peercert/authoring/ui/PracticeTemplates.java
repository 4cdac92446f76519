package org.peercert.authoring.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The start of a new practice file: the fields every kind shares; the validator then names what the kind needs. */
final class PracticeTemplates {

    static final List<String> KINDS = List.of("sms-conversation", "ema-schedule", "smart-goal");

    private PracticeTemplates() {}

    static String template(String kind, String id) {
        Map<String, Object> practice = new LinkedHashMap<>();
        practice.put("id", id);
        practice.put("kind", kind);
        practice.put("title", "");
        practice.put("summary", "");
        practice.put("counts", "first");
        practice.put("rubric", new LinkedHashMap<>());
        practice.put("person", "");
        practice.put("situation", "");
        return DraftYaml.dump(practice);
    }
}
