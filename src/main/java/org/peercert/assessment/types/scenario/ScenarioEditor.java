package org.peercert.assessment.types.scenario;

import static org.peercert.assessment.ui.EditableRows.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.QuestionFormat;
import org.peercert.assessment.QuestionTypes;
import org.peercert.assessment.ui.EditableRows;
import org.peercert.assessment.ui.QuestionEditor;
import org.peercert.assessment.ui.QuestionEditors;

/**
 * The case text and the sub-questions: each with its common fields and its own type's editor (found through the
 * registry, so a sub-question of any type is edited by that type's editor).
 */
final class ScenarioEditor implements QuestionEditor {

    private final Div root = new Div();
    private final TextArea vignette = new TextArea();
    private final EditableRows parts;

    ScenarioEditor() {
        root.addClassName("pc-scenario-editor");
        vignette.setLabel(root.getTranslation("question.editor.vignette"));
        vignette.setWidthFull();
        parts = new EditableRows(root.getTranslation("question.editor.addPart"), PartRow::new);
        root.add(vignette, parts);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public void setFields(Map<String, Object> fields) {
        vignette.setValue(text(fields, "vignette"));
        parts.setValues(fields.get("questions") instanceof List<?> list ? list : List.of());
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!vignette.getValue().isBlank()) {
            fields.put("vignette", vignette.getValue().strip());
        }
        if (parts.size() > 0) {
            fields.put("questions", parts.values());
        }
        return fields;
    }

    /** One sub-question: its common fields, then the editor of its type (replaced when the type changes). */
    private final class PartRow implements EditableRows.Row {

        private final TextField id = field("question.editor.id");
        private final Select<String> type = new Select<>();
        private final TextField competency = field("question.editor.competency");
        private final TextArea prompt = new TextArea(root.getTranslation("question.editor.prompt"));
        private final TextField points = field("question.editor.points");
        private final TextArea explanation = new TextArea(root.getTranslation("question.editor.explanation"));
        private final Div typeFields = new Div();
        private final Div form = new Div();
        private QuestionEditor editor;

        PartRow(@Nullable Object value) {
            type.setLabel(root.getTranslation("question.editor.type"));
            type.setItems(QuestionTypes.standard().names().stream().filter(n -> !n.equals(ScenarioQuestionType.NAME)).toList());
            id.setValue(text(value, "id"));
            competency.setValue(text(value, "competency"));
            prompt.setValue(text(value, "prompt"));
            prompt.setWidthFull();
            points.setValue(text(value, "points"));
            explanation.setValue(text(value, "explanation"));
            explanation.setWidthFull();
            String typeName = text(value, "type");
            editor = QuestionEditors.forType(typeName);
            if (!typeName.isEmpty()) {
                type.setValue(typeName);
            }
            Map<String, Object> own = new LinkedHashMap<>();
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    if (!QuestionFormat.COMMON_FIELDS.contains(String.valueOf(k))) {
                        own.put(String.valueOf(k), v);
                    }
                });
            }
            editor.setFields(own);
            typeFields.add(editor.component());
            type.addValueChangeListener(e -> {
                editor = QuestionEditors.forType(e.getValue() == null ? "" : e.getValue());
                typeFields.removeAll();
                typeFields.add(editor.component());
            });
            form.addClassName("pc-part-row");
            form.add(id, type, competency, prompt, points, explanation, typeFields);
        }

        @Override
        public Component component() {
            return form;
        }

        @Override
        public Object value() {
            Map<String, Object> part = new LinkedHashMap<>();
            put(part, "id", id.getValue());
            put(part, "type", type.getValue() == null ? "" : type.getValue());
            put(part, "competency", competency.getValue());
            put(part, "prompt", prompt.getValue());
            if (!points.getValue().isBlank()) {
                part.put("points", points(points.getValue().strip()));
            }
            put(part, "explanation", explanation.getValue());
            part.putAll(editor.fields());
            return part;
        }

        private static void put(Map<String, Object> part, String key, String value) {
            if (!value.isBlank()) {
                part.put(key, value.strip());
            }
        }

        private int points(String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(root.getTranslation("question.editor.pointsNotNumber", text), e);
            }
        }

        private TextField field(String label) {
            var field = new TextField(root.getTranslation(label));
            field.setWidthFull();
            return field;
        }
    }
}
