package org.peercert.assessment.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;

/**
 * A trainer's form for one question type's own fields: everything in the question's YAML mapping except
 * the common fields (id, type, competency, prompt, points, explanation), which the authoring form edits.
 * Values are plain YAML values (String, Integer, Boolean, List, Map) in file order, so what the editor
 * hands back is written into the curriculum file and read by the same reader as {@code curriculum/}.
 */
public interface QuestionEditor {

    /** The form, placed below the common fields. */
    Component component();

    /** Shows a question's type fields. */
    void setFields(Map<String, Object> fields);

    /**
     * The edited type fields. Throws {@link IllegalArgumentException} with a message for the trainer when
     * the form's input cannot be turned into fields at all (the curriculum validator judges the rest).
     */
    Map<String, Object> fields();
}
