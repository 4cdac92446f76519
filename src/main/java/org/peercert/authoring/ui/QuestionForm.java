package org.peercert.authoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.QuestionTypes;
import org.peercert.assessment.ui.QuestionEditor;
import org.peercert.assessment.ui.QuestionEditors;

/**
 * One question: the fields every type has (id, type, competency, prompt, points, explanation) and below them
 * the type's own editor, which edits everything else (options with feedback, pairs, items...).
 */
final class QuestionForm extends Div {

    static final Set<String> COMMON = Set.of("id", "type", "competency", "prompt", "points", "explanation");

    final TextField id = new TextField();
    final Select<String> type = new Select<>();
    final Select<String> competency = new Select<>();
    final TextArea prompt = new TextArea();
    final IntegerField points = new IntegerField();
    final TextArea explanation = new TextArea();
    final Div typeArea = new Div();
    final Div typeProblems = new Div();
    private QuestionEditor editor;

    QuestionForm(Map<String, Object> question, List<String> competencies) {
        addClassName("pc-question-form");
        id.setLabel(getTranslation("authoring.question.id"));
        id.setValue(DraftYaml.text(question, "id"));
        type.setLabel(getTranslation("authoring.question.type"));
        type.setItems(QuestionTypes.standard().names());
        type.setItemLabelGenerator(t -> getTranslation("authoring.type." + t));
        type.setValue(DraftYaml.text(question, "type"));
        competency.setLabel(getTranslation("authoring.question.competency"));
        competency.setItems(competencies);
        String current = DraftYaml.text(question, "competency");
        if (competencies.contains(current)) {
            competency.setValue(current);
        }
        prompt.setLabel(getTranslation("authoring.question.prompt"));
        prompt.setValue(DraftYaml.text(question, "prompt").strip());
        prompt.setWidthFull();
        points.setLabel(getTranslation("authoring.question.points"));
        points.setMin(1);
        points.setValue(CourseSettingsForm.integer(question.get("points")));
        explanation.setLabel(getTranslation("authoring.question.explanation"));
        explanation.setValue(DraftYaml.text(question, "explanation").strip());
        explanation.setWidthFull();
        editor = editorFor(type.getValue(), typeFields(question));
        // a new type keeps what the old editor had: the validator says what the new type still needs
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Map<String, Object> kept = safeFields();
                editor = editorFor(e.getValue(), kept);
            }
        });
        var row = new Div(id, type, competency, points);
        row.addClassName("pc-form-row");
        typeProblems.addClassName("pc-problems");
        add(row, prompt, typeProblems, typeArea, explanation);
    }

    private QuestionEditor editorFor(String typeName, Map<String, Object> fields) {
        var created = QuestionEditors.forType(typeName);
        created.setFields(fields);
        typeArea.removeAll();
        typeArea.add(created.component());
        return created;
    }

    private Map<String, Object> safeFields() {
        try {
            return editor.fields();
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    static Map<String, Object> typeFields(Map<String, Object> question) {
        Map<String, Object> fields = new LinkedHashMap<>(question);
        COMMON.forEach(fields::remove);
        return fields;
    }

    void typeProblem(String message) {
        typeProblems.add(new com.vaadin.flow.component.html.Paragraph(message));
    }

    boolean hasProblems() {
        return typeProblems.getComponentCount() > 0 || java.util.stream.Stream.of(id, type, competency, prompt, points, explanation)
                .anyMatch(HasValidation::isInvalid);
    }

    void clearTypeProblems() {
        typeProblems.removeAll();
    }

    /** The type's own editor (the contract: {@link QuestionEditor}). */
    QuestionEditor editor() {
        return editor;
    }

    String questionId() {
        return id.getValue().strip();
    }

    /** The question as written to the file: the common fields first, then the type's. */
    Map<String, Object> value() {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", id.getValue().strip());
        question.put("type", type.getValue());
        question.put("competency", competency.getValue() == null ? "" : competency.getValue());
        question.put("prompt", prompt.getValue().strip());
        if (points.getValue() != null) {
            question.put("points", points.getValue());
        }
        Map<String, Object> fields = editor.fields(); // IllegalArgumentException: the form says what is wrong
        fields.forEach((key, value) -> {
            if (!COMMON.contains(key)) {
                question.put(key, value);
            }
        });
        question.put("explanation", explanation.getValue().strip());
        return question;
    }

    /** The field for a problem in this question's {@code key}, or null when it is the type editor's. */
    @Nullable HasValidation field(String key) {
        return switch (key) {
            case "id" -> id;
            case "type" -> type;
            case "competency" -> competency;
            case "prompt" -> prompt;
            case "points" -> points;
            case "explanation" -> explanation;
            default -> null;
        };
    }
}
