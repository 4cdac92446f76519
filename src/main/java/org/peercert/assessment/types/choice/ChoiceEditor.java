package org.peercert.assessment.types.choice;

import static org.peercert.assessment.ui.EditableRows.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.ui.EditableRows;
import org.peercert.assessment.ui.QuestionEditor;

/** The options of a choice question: text, correct, feedback and optional weight per option. */
final class ChoiceEditor implements QuestionEditor {

    private final Div root = new Div();
    private final EditableRows options;

    ChoiceEditor() {
        root.addClassName("pc-choice-editor");
        options = new EditableRows(root.getTranslation("question.editor.addOption"), this::row);
        root.add(options);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public void setFields(Map<String, Object> fields) {
        options.setValues(fields.get("options") instanceof List<?> list ? list : List.of());
    }

    @Override
    public Map<String, Object> fields() {
        return options.size() == 0 ? Map.of() : Map.of("options", options.values());
    }

    private EditableRows.Row row(@Nullable Object value) {
        var text = new TextField(root.getTranslation("question.editor.option"));
        text.setWidthFull();
        text.setValue(text(value, "text"));
        var correct = new Checkbox(root.getTranslation("question.editor.correct"));
        correct.setValue(Boolean.parseBoolean(text(value, "correct")));
        var feedback = new TextArea(root.getTranslation("question.editor.feedback"));
        feedback.setWidthFull();
        feedback.setValue(text(value, "feedback"));
        var weight = new TextField(root.getTranslation("question.editor.weight"));
        weight.setValue(text(value, "weight"));
        var form = new Div(text, correct, feedback, weight);
        form.addClassName("pc-option-row");
        return new EditableRows.Row() {
            @Override
            public Component component() {
                return form;
            }

            @Override
            public Object value() {
                Map<String, Object> option = new LinkedHashMap<>();
                option.put("text", text.getValue().strip());
                option.put("correct", correct.getValue());
                option.put("feedback", feedback.getValue().strip());
                if (!weight.getValue().isBlank()) {
                    option.put("weight", weight(weight.getValue().strip()));
                }
                return option;
            }
        };
    }

    private int weight(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(root.getTranslation("question.editor.weightNotNumber", text), e);
        }
    }
}
