package org.peercert.authoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.QuestionTypes;
import org.peercert.authoring.DraftProblem;

/**
 * The questions of a quiz.yaml (with when its review shows) or of a question bank file, in order: each in its
 * own form, moved with the arrow buttons, added by type, or picked from the course's bank.
 */
final class QuestionsForm extends FileForm {

    final Select<String> review = new Select<>();
    final MultiSelectComboBox<String> pick = new MultiSelectComboBox<>();
    final Div list = new Div();
    final Select<String> newType = new Select<>();
    final Button addQuestion = new Button();
    final List<QuestionForm> questions = new ArrayList<>();
    private final List<Details> details = new ArrayList<>();
    private final boolean quiz;
    private final String idPrefix;

    QuestionsForm(DraftSession session, String path, String heading, boolean quiz, String idPrefix) {
        super(session, path);
        this.quiz = quiz;
        this.idPrefix = idPrefix;
        review.setLabel(getTranslation("authoring.quiz.review"));
        review.setId("quiz-review");
        review.setItems("immediately", "after-last-attempt", "never");
        review.setItemLabelGenerator(r -> getTranslation("authoring.review." + r));
        pick.setLabel(getTranslation("authoring.quiz.pick"));
        pick.setHelperText(getTranslation("authoring.quiz.pickHelp"));
        pick.setItems(BankQuestions.ids(session));
        pick.setWidthFull();
        list.addClassName("pc-question-list");
        newType.setLabel(getTranslation("authoring.question.type"));
        newType.setItems(QuestionTypes.standard().names());
        newType.setItemLabelGenerator(t -> getTranslation("authoring.type." + t));
        newType.setValue("single");
        addQuestion.setText(getTranslation("authoring.question.add"));
        addQuestion.setId("question-add");
        addQuestion.addClickListener(click -> addQuestion(newType.getValue()));
        var addRow = new Div(newType, addQuestion);
        addRow.addClassName("pc-form-row");
        add(new H2(heading));
        if (quiz) {
            add(review);
            // the bank and quiz 'pick' come with the GIFT import; until a draft has bank files there is nothing to pick
            pick.setVisible(!BankQuestions.ids(session).isEmpty());
            add(pick);
        }
        add(new H3(getTranslation("authoring.quiz.questions")), list, addRow, footer());
        load();
    }

    @Override
    protected void show(String text) {
        Map<String, Object> yaml = DraftYaml.load(text);
        review.setValue(yaml.containsKey("review") ? DraftYaml.text(yaml, "review") : "immediately");
        pick.setValue(new LinkedHashSet<>(DraftYaml.texts(yaml, "pick")));
        questions.clear();
        DraftYaml.maps(yaml, "questions").forEach(q -> questions.add(new QuestionForm(q, DraftTree.competencyIds(session))));
        redraw();
        owns("review", review);
        owns("pick", pick);
    }

    private void redraw() {
        list.removeAll();
        details.clear();
        for (int i = 0; i < questions.size(); i++) {
            QuestionForm form = questions.get(i);
            var item = new Details(summary(form, i), form);
            item.addClassName("pc-question-details");
            item.setWidthFull();
            details.add(item);
            list.add(new Div(item, controls(form, i)));
        }
    }

    private String summary(QuestionForm form, int index) {
        String prompt = form.prompt.getValue();
        return (index + 1) + ". " + form.questionId() + " · " + (prompt.length() > 60 ? prompt.substring(0, 60) + "…" : prompt);
    }

    private Div controls(QuestionForm form, int index) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(index, -1));
        up.setAriaLabel(getTranslation("authoring.moveUp", form.questionId()));
        up.setEnabled(index > 0);
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(index, 1));
        down.setAriaLabel(getTranslation("authoring.moveDown", form.questionId()));
        down.setEnabled(index < questions.size() - 1);
        var remove = new Button(getTranslation("authoring.remove"), click -> {
            questions.remove(form);
            redraw();
        });
        remove.setAriaLabel(getTranslation("authoring.question.remove", form.questionId()));
        List.of(up, down, remove).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var controls = new Div(up, down, remove);
        controls.addClassName("pc-question-controls");
        return controls;
    }

    private void move(int index, int by) {
        java.util.Collections.swap(questions, index, index + by);
        redraw();
    }

    /** A new question of the type with an id not yet used in the course; the trainer fills in the rest. */
    void addQuestion(String type) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", BankQuestions.freeId(session, idPrefix, questions.stream().map(QuestionForm::questionId).toList()));
        question.put("type", type);
        DraftTree.competencyIds(session).stream().findFirst().ifPresent(c -> question.put("competency", c));
        question.put("prompt", "");
        question.put("explanation", "");
        var form = new QuestionForm(question, DraftTree.competencyIds(session));
        questions.add(form);
        redraw();
        details.getLast().setOpened(true);
    }

    /** A problem in a question's type fields (options, pairs...) shows above that question's type editor. */
    @Override
    protected boolean placeNear(List<Object> yamlPath, DraftProblem problem) {
        if (yamlPath.size() >= 2 && "questions".equals(yamlPath.get(0)) && yamlPath.get(1) instanceof Integer i && i < questions.size()) {
            questions.get(i).typeProblem(getTranslation("authoring.problemAt", problem.line(), problem.message()));
            return true;
        }
        return false;
    }

    @Override
    protected void problemsShown() {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).hasProblems()) {
                details.get(i).setOpened(true);
            }
        }
    }

    @Override
    protected void clearPlacedProblems() {
        questions.forEach(QuestionForm::clearTypeProblems);
    }

    @Override
    protected String content() {
        Map<String, Object> yaml = DraftYaml.load(session.text(path));
        if (quiz) {
            yaml.put("review", review.getValue());
            if (pick.getValue().isEmpty()) {
                yaml.remove("pick");
            } else {
                yaml.put("pick", BankQuestions.ids(session).stream().filter(pick.getValue()::contains).toList());
            }
        }
        List<Map<String, Object>> written = new ArrayList<>();
        for (QuestionForm form : questions) {
            try {
                written.add(form.value());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(form.questionId() + ": " + e.getMessage(), e);
            }
        }
        if (written.isEmpty() && yaml.containsKey("pick")) {
            yaml.remove("questions"); // a quiz of bank questions only
        } else {
            yaml.put("questions", written);
        }
        return DraftYaml.dump(yaml);
    }

    /** [questions, i, key...]: the question form's own field; the type editor's problems go to the list. */
    @Override
    protected @Nullable HasValidation ownerOf(List<Object> yamlPath, DraftProblem problem) {
        if (yamlPath.size() >= 2 && "questions".equals(yamlPath.get(0)) && yamlPath.get(1) instanceof Integer i && i < questions.size()) {
            HasValidation field = yamlPath.size() >= 3 ? questions.get(i).field(String.valueOf(yamlPath.get(2))) : questions.get(i).id;
            return field;
        }
        return super.ownerOf(yamlPath, problem);
    }
}
