package org.peercert.assessment.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The views of the question types on the class path, by type name (see {@link QuestionTypeView}). */
final class QuestionTypeViews {

    private static final Map<String, QuestionTypeView> BY_TYPE = discover();

    private QuestionTypeViews() {}

    private static Map<String, QuestionTypeView> discover() {
        Map<String, QuestionTypeView> views = new LinkedHashMap<>();
        ServiceLoader.load(QuestionTypeView.class, QuestionTypeViews.class.getClassLoader())
                .forEach(view -> views.putIfAbsent(view.type(), view));
        return Map.copyOf(views);
    }

    static Optional<QuestionTypeView> find(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    static QuestionTypeView require(String type) {
        return find(type).orElseThrow(() -> new IllegalStateException("No input for question type " + type));
    }
}
