package org.peercert.assessment.types.numeric;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.types.numeric.NumericQuestionType.Typed;
import org.peercert.assessment.ui.QuestionEditor;
import org.peercert.assessment.ui.QuestionInputs;
import org.peercert.assessment.ui.QuestionTypeView;

/** The test-only numeric type's input (a text field) and editor (value and tolerance). */
public final class NumericView implements QuestionTypeView {

    @Override
    public String type() {
        return "numeric";
    }

    @Override
    public Component input(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        var field = new TextField();
        field.addClassName("pc-numeric");
        field.setValue(saved.as(Typed.class).number() == null ? "" : saved.as(Typed.class).number());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue().isBlank() ? Answer.empty() : Typed.answer(e.getValue().strip()));
            }
        });
        return QuestionInputs.labelled(q, field);
    }

    @Override
    public QuestionEditor editor() {
        return new QuestionEditor() {
            private final TextField value = new TextField("Value");
            private final TextField tolerance = new TextField("Tolerance");
            private final Div root = new Div(value, tolerance);

            @Override
            public Component component() {
                return root;
            }

            @Override
            public void setFields(Map<String, Object> fields) {
                value.setValue(fields.containsKey("value") ? String.valueOf(fields.get("value")) : "");
                tolerance.setValue(fields.containsKey("tolerance") ? String.valueOf(fields.get("tolerance")) : "");
            }

            @Override
            public Map<String, Object> fields() {
                Map<String, Object> fields = new LinkedHashMap<>();
                put(fields, "value", value.getValue());
                put(fields, "tolerance", tolerance.getValue());
                return fields;
            }

            private static void put(Map<String, Object> fields, String key, String text) {
                if (text.isBlank()) {
                    return;
                }
                try {
                    fields.put(key, Double.parseDouble(text.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + key + "' must be a number, found '" + text + "'", e);
                }
            }
        };
    }
}
