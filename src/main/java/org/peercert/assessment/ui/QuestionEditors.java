package org.peercert.assessment.ui;

/**
 * Finds the editor a question type brings. A type without its own editor is edited as YAML text
 * ({@link YamlFieldsEditor}), which the curriculum validator then checks like any file.
 */
public final class QuestionEditors {

    private QuestionEditors() {}

    /** A new editor for questions of {@code type}. */
    public static QuestionEditor forType(String type) {
        return QuestionTypeViews.find(type).map(QuestionTypeView::editor).orElseGet(YamlFieldsEditor::new);
    }
}
