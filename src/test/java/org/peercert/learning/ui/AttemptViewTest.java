package org.peercert.learning.ui;

import org.peercert.assessment.types.matching.MatchingQuestionType.Matches;
import org.peercert.assessment.types.choice.Choices.Option;
import org.peercert.assessment.Grade;
import org.peercert.assessment.QuestionTypes;
import org.peercert.assessment.types.Questions;
import org.peercert.assessment.types.scenario.ScenarioQuestionType.PartAnswers;
import org.peercert.assessment.types.shorttext.ShortTextQuestionType.Typed;
import org.peercert.assessment.types.ordering.OrderingQuestionType.Order;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupTester;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementData;
import com.vaadin.flow.internal.nodefeature.TextNodeMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peercert.PeerCertTest;
import org.peercert.assessment.Answer;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.AttemptSummary;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.ui.GradeView;
import org.peercert.learning.CourseHome.StepStatus;

/** Taking quizzes and competency checks in the UI: every input type, autosave, resume and no answer-key leaks. */
@PeerCertTest
class AttemptViewTest extends TraineeUiTest {

    private long user;
    private long enrollment;
    private AttemptSummary attempt;

    // ---- set-up ----------------------------------------------------------------------------------

    /** A new trainee past the pre-test, with the quiz of the first module that has a question of this type open. */
    private QuestionDefinition openQuizWith(String type) {
        user = signInNewTrainee();
        enrollment = learning.enroll(user, COURSE);
        submitPreTest(user, enrollment);
        for (var module : home(user, enrollment).modules()) {
            String key = module.module().key();
            var question = questionBank.quiz(home(user, enrollment).course().versionId(), key).stream()
                    .filter(q -> q.type().equals(type)).findFirst();
            if (question.isPresent()) {
                attempt = learning.startQuiz(user, enrollment, key);
                openAttempt();
                return question.get();
            }
            passModule(user, enrollment, key); // modules open in order
        }
        throw new AssertionError("No DPSC quiz has a " + type + " question");
    }

    /** A new trainee past the pre-test with the module 1 quiz open in the view. */
    private void openFirstQuiz() {
        user = signInNewTrainee();
        enrollment = learning.enroll(user, COURSE);
        submitPreTest(user, enrollment);
        attempt = learning.startQuiz(user, enrollment, home(user, enrollment).modules().getFirst().module().key());
        openAttempt();
    }

    /** The first module's quiz at its last attempt, the ones before used up unanswered. */
    private void openLastQuizAttempt() {
        openFirstQuiz();
        var module = home(user, enrollment).modules().getFirst().module();
        for (int used = 1; used < module.maxAttempts(); used++) {
            take(user, enrollment, attempt.id(), 0);
            attempt = learning.startQuiz(user, enrollment, module.key());
        }
        openAttempt();
    }

    private AttemptView openAttempt() {
        go(LearningViews.attemptPath(enrollment, attempt.id()));
        assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
        return (AttemptView) getCurrentView();
    }

    private AttemptSheet sheet() {
        return learning.sheet(user, enrollment, attempt.id());
    }

    private PresentedQuestion shown(QuestionDefinition q) {
        return sheet().questions().stream().filter(p -> p.key().equals(q.id())).findFirst().orElseThrow();
    }

    private QuestionDefinition firstOfType(String type) {
        return quiz(sheet()).stream().filter(q -> q.type().equals(type)).findFirst().orElseThrow();
    }

    /** Turns the (one-question-per-page) quiz to this question and returns its block. */
    private Div block(QuestionDefinition q) {
        ((AttemptView) getCurrentView()).showQuestion(q.id());
        return findInView(Div.class).withId("q-" + q.id()).single();
    }

    /** Clicks submit and, when it asks because questions are unanswered, confirms. */
    private void submitConfirmingUnanswered(AttemptView view) {
        test(view.submit).click();
        find(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst()
                .ifPresent(dialog -> test(dialog).confirm());
    }

    private ConfirmDialog openDialog() {
        return find(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst()
                .orElseThrow(() -> new AssertionError("no dialog open"));
    }

    // ---- answering through the inputs -------------------------------------------------------------

    /**
     * Gives the right answer through the question's own input, as a trainee would: the right answer comes from
     * the question's type (its grade's right-answer lines), and the input is driven by what components it has.
     */
    @SuppressWarnings("unchecked")
    private void answerInUi(Component container, QuestionDefinition q, PresentedQuestion shown) {
        List<QuestionDefinition> parts = Questions.parts(q);
        if (!parts.isEmpty()) {
            List<Div> blocks = find(Div.class, container).withClassName("pc-question").all();
            assertThat(blocks).hasSameSizeAs(parts);
            for (int i = 0; i < parts.size(); i++) {
                answerInUi(blocks.get(i), parts.get(i), shown.parts().get(i));
            }
            return;
        }
        List<String> right = rightAnswerLines(q);
        if (!find(RadioButtonGroup.class, container).all().isEmpty()) {
            RadioButtonGroup<Object> group = find(RadioButtonGroup.class, container).single();
            test(group).selectItem(right.getFirst());
        } else if (!find(CheckboxGroup.class, container).all().isEmpty()) {
            tickAsUser(find(CheckboxGroup.class, container).single(),
                    shown.choices().stream().filter(c -> right.contains(c.text())).toList());
        } else if (!find(Select.class, container).all().isEmpty()) {
            for (Select<Choice> select : find(Select.class, container).all()) {
                String line = right.stream().filter(l -> l.startsWith(select.getLabel() + " \u2192 ")).findFirst().orElseThrow();
                test(select).selectItem(line.substring(select.getLabel().length() + 3));
            }
        } else if (!find(HorizontalLayout.class, container).withClassName("pc-order-row").all().isEmpty()) {
            sortInUi(container, shown);
        } else {
            test(find(TextField.class, container).single()).setValue(right.getFirst());
        }
    }

    /**
     * Ticks the boxes as the browser does (a value change from the client). CheckboxGroupTester.selectItems
     * sets the value server-side, which the view rightly ignores.
     */
    private static void tickAsUser(CheckboxGroup<Choice> group, List<Choice> choices) {
        new CheckboxGroupTester<CheckboxGroup<Choice>, Choice>(group) {
            void tick() {
                ensureComponentIsUsable();
                setValueAsUser(new java.util.LinkedHashSet<>(choices));
            }
        }.tick();
    }

    private static List<Choice> rightChoices(QuestionDefinition q, PresentedQuestion shown) {
        return shown.choices().stream().filter(c -> Questions.options(q).get(c.source()).correct()).toList();
    }

    private List<String> orderInUi(Component container) {
        return find(HorizontalLayout.class, container).withClassName("pc-order-row").all().stream()
                .map(row -> find(Span.class, row).all().getFirst().getText().replaceFirst("^\\d+\\. ", "")).toList();
    }

    private void move(Component container, String text, String direction) {
        test(find(Button.class, container).all().stream()
                .filter(b -> ("Move \"" + text + "\" " + direction).equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow()).click();
    }

    /** Bubble-sorts the rows into the authored order with the up/down buttons. */
    private void sortInUi(Component container, PresentedQuestion shown) {
        Map<String, Integer> position = shown.choices().stream().collect(Collectors.toMap(Choice::text, Choice::source));
        List<String> rows = orderInUi(container);
        if (isSorted(rows, position)) { // already right: move one away and back, so an answer is given
            move(container, rows.getFirst(), "down");
            move(container, rows.getFirst(), "up");
        }
        for (int guard = 0; guard < 100; guard++) {
            rows = orderInUi(container);
            for (int i = 0; i + 1 < rows.size(); i++) {
                if (position.get(rows.get(i)) > position.get(rows.get(i + 1))) {
                    move(container, rows.get(i), "down");
                    break;
                }
            }
            if (isSorted(orderInUi(container), position)) {
                return;
            }
        }
        throw new AssertionError("could not sort " + rows);
    }

    private static boolean isSorted(List<String> rows, Map<String, Integer> position) {
        for (int i = 0; i + 1 < rows.size(); i++) {
            if (position.get(rows.get(i)) > position.get(rows.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** What the right answer given in the UI is saved as: the type's right answer. */
    private static Answer expected(QuestionDefinition q, PresentedQuestion shown) {
        return AnswerKey.correct(q, shown);
    }

    // ---- the whole element tree as the browser gets it ---------------------------------------------

    private static List<String> secrets(List<QuestionDefinition> quiz) {
        List<String> secrets = new ArrayList<>();
        for (QuestionDefinition q : quiz) {
            secrets.add(q.explanation());
            Questions.options(q).forEach(o -> secrets.add(o.feedback()));
            Questions.pairs(q).forEach(pair -> secrets.add(pair.left() + " \u2192 " + pair.right()));
            secrets.addAll(secrets(Questions.parts(q)));
        }
        return secrets.stream().filter(s -> !s.isBlank()).toList();
    }

    // ---- tests -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "a {0} answer given in its input is saved on the server")
    @ValueSource(strings = {"single", "multiple", "true-false", "matching", "ordering", "short-text", "scenario"})
    void eachQuestionTypeIsAnsweredThroughItsInputAndSavedAtOnce(String type) {
        QuestionDefinition q = openQuizWith(type);
        PresentedQuestion shown = shown(q);
        assertThat(sheet().answers()).doesNotContainKey(q.id());

        answerInUi(block(q), q, shown);

        assertThat(sheet().answers()).containsEntry(q.id(), expected(q, shown));
        assertThat(find(Span.class, (AttemptView) getCurrentView()).withClassName("pc-save-status").single().getText())
                .startsWith("All answers saved (");
        // and it counts as right
        var result = learning.submit(user, enrollment, attempt.id());
        int index = quiz(sheet()).indexOf(q);
        assertThat(result.grades().get(index).fullyCorrect()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRightItemChosenForASecondLeftItemIsTakenAwayFromTheFirst() {
        openFirstQuiz();
        QuestionDefinition q = firstOfType("matching");
        List<Select<Choice>> selects = find(Select.class, block(q)).all().stream().map(s -> (Select<Choice>) s).toList();
        Choice target = shown(q).targets().getFirst();

        test(selects.get(0)).selectItem(target.text());
        test(selects.get(1)).selectItem(target.text());

        assertThat(selects.get(0).getValue()).isNull();
        assertThat(selects.get(1).getValue()).isEqualTo(target);
        assertThat(sheet().answers().get(q.id()).as(Matches.class).matches()).containsExactly(Map.entry(shown(q).choices().get(1).id(), target.id()));
    }

    @Test
    void theQuizShowsOneQuestionPerPageWithPreviousAndNext() {
        openFirstQuiz();
        List<QuestionDefinition> quiz = quiz(sheet());
        var blocks = findInView(Div.class).withClassName("pc-question-block").all();
        assertThat(blocks).hasSize(1);
        assertThat(blocks.getFirst().getId()).hasValue("q-" + quiz.getFirst().id());

        test(findInView(Button.class).withId("quiz-next").single()).click();
        assertThat(findInView(Div.class).withClassName("pc-question-block").single().getId()).hasValue("q-" + quiz.get(1).id());
        test(findInView(Button.class).withId("quiz-previous").single()).click();
        assertThat(findInView(Div.class).withClassName("pc-question-block").single().getId()).hasValue("q-" + quiz.getFirst().id());
        assertThat(findInView(Button.class).withId("quiz-previous").single().isEnabled()).isFalse();
    }

    @Test
    void howThisWorksIsOpenOnTheFirstViewAndFoldsAwayOnceTheTraineeMovesOnOrAnswers() {
        openFirstQuiz();
        var view = (AttemptView) getCurrentView();
        assertThat(view.intro.isOpened()).as("first view").isTrue();

        test(findInView(Button.class).withId("quiz-next").single()).click();
        assertThat(view.intro.isOpened()).as("moved on").isFalse();

        view.intro.setOpened(true); // the trainee opens it again to reread it
        List<QuestionDefinition> quiz = quiz(sheet());
        learning.saveAnswer(user, attempt.id(), quiz.get(1).id(), AnswerKey.correct(quiz.get(1), sheet().questions().get(1)));
        openAttempt();
        assertThat(((AttemptView) getCurrentView()).intro.isOpened()).as("resumed with an answer").isFalse();
    }

    @Test
    void openAttemptSendsNoFeedbackExplanationOrCorrectnessToTheBrowser() {
        openFirstQuiz();
        List<QuestionDefinition> quiz = quiz(sheet());
        // answer a few through the UI first: saving must not reveal anything either
        for (String type : List.of("single", "multiple", "matching", "ordering")) {
            QuestionDefinition q = firstOfType(type);
            answerInUi(block(q), q, shown(q));
        }

        // every page of the quiz, as the browser would receive them one by one
        List<String> client = new ArrayList<>();
        for (QuestionDefinition q : quiz) {
            block(q);
            client.addAll(clientStrings());
        }
        String all = String.join("\n", client);

        assertThat(client).as("sanity: the questions are there").anyMatch(s -> s.contains(quiz.getFirst().prompt()));
        for (String secret : secrets(quiz)) {
            assertThat(all).as("leaked: %s", secret).doesNotContain(secret)
                    .doesNotContain(secret.substring(0, Math.min(40, secret.length())));
        }
        assertThat(Pattern.compile("\\bcorrect\\b", Pattern.CASE_INSENSITIVE).matcher(all).find())
                .as("the word 'correct' reaches the browser").isFalse();
        assertThat(client).filteredOn(s -> s.startsWith("@") || s.startsWith("."))
                .noneMatch(s -> s.substring(0, s.indexOf('=')).toLowerCase().matches(".*(source|correct|feedback|explanation|answer).*"));
    }

    @Test
    void optionValuesAreShownPositionsNotAuthoredPositions() {
        openFirstQuiz();
        // every option's value in the browser is its place in the shown list (1, 2, ...), whatever its source
        List<List<String>> groups = new ArrayList<>();
        for (QuestionDefinition q : quiz(sheet())) {
            collectOptionValues(block(q), groups);
        }
        assertThat(groups).hasSizeGreaterThanOrEqualTo(6);
        for (List<String> values : groups) {
            assertThat(values).isNotEmpty();
            for (int i = 0; i < values.size(); i++) {
                assertThat(values.get(i)).isEqualTo(String.valueOf(i + 1));
            }
        }
        // the choice texts appear in the shown (shuffled) order of the attempt, not in authored order
        QuestionDefinition single = firstOfType("single");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Choice> radios = find(RadioButtonGroup.class, block(single)).single();
        assertThat(radios.getListDataView().getItems().map(Choice::text).toList())
                .isEqualTo(shown(single).choices().stream().map(Choice::text).toList());
    }

    private void collectOptionValues(Div block, List<List<String>> groups) {
        for (var group : find(RadioButtonGroup.class, block).all()) {
            groups.add(group.getChildren().map(c -> c.getElement().getProperty("value")).toList());
        }
        for (var group : find(CheckboxGroup.class, block).all()) {
            groups.add(group.getChildren().map(c -> c.getElement().getProperty("value")).toList());
        }
        for (var select : find(Select.class, block).all()) {
            List<String> values = new ArrayList<>();
            select.getElement().getChildren().flatMap(Element::getChildren)
                    .map(item -> item.getAttribute("value")).filter(v -> v != null && !v.isEmpty()).forEach(values::add);
            groups.add(values);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void leavingAndComingBackShowsTheSavedAnswersInTheSameOrder() {
        openFirstQuiz();
        QuestionDefinition single = firstOfType("single");
        QuestionDefinition multiple = firstOfType("multiple");
        QuestionDefinition truth = firstOfType("true-false");
        QuestionDefinition matching = firstOfType("matching");
        QuestionDefinition ordering = firstOfType("ordering");
        QuestionDefinition text = firstOfType("short-text");
        for (QuestionDefinition q : List.of(single, multiple, truth, matching, ordering, text)) {
            answerInUi(block(q), q, shown(q));
        }
        Map<String, Object> before = snapshot(single, multiple, truth, matching, ordering, text);

        go(LearningViews.enrollmentPath(enrollment));
        assertThat(getCurrentView()).isInstanceOf(CourseHomeView.class);
        AttemptView again = openAttempt();

        assertThat(snapshot(single, multiple, truth, matching, ordering, text)).isEqualTo(before);
        assertThat(((RadioButtonGroup<Choice>) find(RadioButtonGroup.class, block(single)).single()).getValue().text())
                .isEqualTo(rightChoices(single, shown(single)).getFirst().text());
        assertThat(find(TextField.class, block(text)).single().getValue()).isEqualTo(Questions.accepted(text).getFirst());
        assertThat(again.submit.isEnabled()).isTrue();
        // nothing was lost: submitting now grades those six as right
        var grades = learning.submit(user, enrollment, attempt.id()).grades();
        List<QuestionDefinition> quiz = quiz(sheet());
        for (QuestionDefinition q : List.of(single, multiple, truth, matching, ordering, text)) {
            assertThat(grades.get(quiz.indexOf(q)).fullyCorrect()).as(q.id()).isTrue();
        }
    }

    /** Values and option order of the inputs, as shown. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> snapshot(QuestionDefinition single, QuestionDefinition multiple, QuestionDefinition truth,
            QuestionDefinition matching, QuestionDefinition ordering, QuestionDefinition text) {
        Map<String, Object> state = new HashMap<>();
        RadioButtonGroup<Choice> radios = find(RadioButtonGroup.class, block(single)).single();
        state.put("single.options", radios.getListDataView().getItems().map(Choice::text).toList());
        state.put("single.value", radios.getValue() == null ? null : radios.getValue().text());
        CheckboxGroup<Choice> boxes = find(CheckboxGroup.class, block(multiple)).single();
        state.put("multiple.options", boxes.getListDataView().getItems().map(Choice::text).toList());
        state.put("multiple.value", boxes.getValue().stream().map(Choice::text).sorted().toList());
        state.put("truth.value", find(RadioButtonGroup.class, block(truth)).single().getValue());
        for (Select<Choice> select : find(Select.class, block(matching)).all()) {
            state.put("matching." + select.getLabel() + ".options", select.getListDataView().getItems().map(Choice::text).toList());
            state.put("matching." + select.getLabel(), select.getValue() == null ? null : select.getValue().text());
        }
        state.put("matching.lefts", find(Select.class, block(matching)).all().stream().map(Select::getLabel).toList());
        state.put("ordering", orderInUi(block(ordering)));
        state.put("text", find(TextField.class, block(text)).single().getValue());
        assertThat(state).doesNotContainValue(null);
        return state;
    }

    @Test
    void submittingTheLastQuizAttemptShowsTheScoreAndFeedbackWithExplanationsForEveryQuestion() {
        openLastQuizAttempt(); // DPSC reviews its quizzes after the last attempt
        List<QuestionDefinition> quiz = quiz(sheet());
        AnswerKey.answerAll(sheet(), quiz, quiz.size() / 2, (key, answer) -> learning.saveAnswer(user, attempt.id(), key, answer));
        AttemptView view = openAttempt();

        submitConfirmingUnanswered(view);

        assertThat(getCurrentView()).isSameAs(view);
        var result = learning.result(user, enrollment, attempt.id());
        assertThat(result.attempt().submitted()).isTrue();
        assertThat(result.attempt().percent()).isGreaterThan(0).isLessThan(100);
        assertThat(find(Paragraph.class, view).withId("quiz-score").single().getText())
                .isEqualTo(view.getTranslation("quiz.score", result.attempt().percent()));
        List<GradeView> grades = find(GradeView.class, view).all().stream()
                .filter(g -> g.getParent().orElseThrow() == view).toList();
        assertThat(grades).hasSize(quiz.size());
        for (int i = 0; i < quiz.size(); i++) {
            GradeView grade = grades.get(i);
            assertThat(find(Paragraph.class, grade).withClassName("pc-prompt").all().getFirst().getText()).isEqualTo(quiz.get(i).prompt());
            assertThat(grade.hasClassName(i < quiz.size() / 2 ? "pc-right" : "pc-wrong")).as(quiz.get(i).id()).isTrue();
            assertThat(find(Paragraph.class, grade).withClassName("pc-explanation").all().stream().map(Paragraph::getText))
                    .contains(quiz.get(i).explanation());
        }
        String all = String.join("\n", clientStrings());
        assertThat(all).contains(quiz.getFirst().explanation());
        // the feedback of a chosen option now appears too
        QuestionDefinition first = quiz.getFirst();
        String chosenFeedback = Questions.options(first).stream().filter(Option::correct).findFirst().orElseThrow().feedback();
        assertThat(all).contains(chosenFeedback);
        for (QuestionDefinition q : quiz.subList(quiz.size() / 2, quiz.size())) {
            assertThat(all).as("right answer of missed " + q.id()).contains(rightAnswerLines(q));
        }
        assertThat(findInView(RadioButtonGroup.class).all()).as("no inputs after submit").isEmpty();

        // coming back to a submitted quiz shows the same result, not the inputs
        go(LearningViews.enrollmentPath(enrollment));
        AttemptView back = openAttempt();
        assertThat(find(GradeView.class, back).all()).isNotEmpty();
        assertThat(find(Paragraph.class, back).withId("quiz-score").single().getText())
                .isEqualTo(view.getTranslation("quiz.score", result.attempt().percent()));
    }

    @Test
    void aNewAttemptOpenedFromTheLastResultIsAnsweredAndSubmittedOnce() {
        openFirstQuiz();
        String module = home(user, enrollment).modules().getFirst().module().key();
        AttemptView view = openAttempt();
        submitConfirmingUnanswered(view); // nothing answered: failed, result shown in this view

        attempt = learning.startQuiz(user, enrollment, module);
        AttemptView again = openAttempt(); // from the result page straight to the new attempt

        QuestionDefinition q = firstOfType("single");
        answerInUi(block(q), q, shown(q));
        assertThat(again.submit.isEnabled()).as("submit usable on the new attempt").isTrue();
        submitConfirmingUnanswered(again);

        var result = learning.result(user, enrollment, attempt.id());
        assertThat(result.attempt().submitted()).isTrue();
        assertThat(result.attempt().percent()).isPositive();
        assertThat(find(Paragraph.class, again).withId("quiz-score").all()).hasSize(1);
        assertThat(home(user, enrollment).modules().getFirst().attemptsUsed()).isEqualTo(2);
    }

    @Test
    void submittingThePreTestShowsNoFeedbackAndReturnsToTheCourseHome() {
        user = signInNewTrainee();
        enrollment = learning.enroll(user, COURSE);
        go(LearningViews.enrollmentPath(enrollment));
        test(findInView(Button.class).withId("home-continue").single()).click();
        AttemptView view = (AttemptView) getCurrentView();
        assertThat(find(H1.class, view).single().getText()).isEqualTo("Starting competency check");
        attempt = learning.startPreTest(user, enrollment);
        List<QuestionDefinition> instrument = quiz(sheet());
        for (String secret : secrets(instrument)) {
            assertThat(String.join("\n", clientStrings())).doesNotContain(secret);
        }
        QuestionDefinition q = instrument.getFirst();
        answerInUi(block(q), q, shown(q));
        assertThat(sheet().answers()).containsKey(q.id());

        submitConfirmingUnanswered(view);

        assertThat(getCurrentView()).isInstanceOf(CourseHomeView.class);
        assertThat(home(user, enrollment).preTest()).isEqualTo(StepStatus.DONE);
        assertThat(find(GradeView.class).all()).isEmpty();
        String all = String.join("\n", clientStrings());
        for (String secret : secrets(instrument)) {
            assertThat(all).doesNotContain(secret);
        }

        // opening the submitted check again shows a thank-you, still without feedback
        AttemptView done = openAttempt();
        assertThat(find(Paragraph.class, done).all()).extracting(Paragraph::getText).contains("Thank you. Your answers are recorded.");
        assertThat(find(GradeView.class, done).all()).isEmpty();
        all = String.join("\n", clientStrings());
        for (String secret : secrets(instrument)) {
            assertThat(all).doesNotContain(secret);
        }
    }

    // ---- issue 13: confirm before submit, keep an order, feedback that teaches --------------------

    @Test
    void submittingWithUnansweredQuestionsSaysHowManyAndSubmitsOnlyOnceConfirmed() {
        openFirstQuiz();
        List<QuestionDefinition> quiz = quiz(sheet());
        QuestionDefinition q = firstOfType("single");
        answerInUi(block(q), q, shown(q));
        AttemptView view = (AttemptView) getCurrentView();
        int max = home(user, enrollment).modules().getFirst().module().maxAttempts();

        test(view.submit).click();
        ConfirmDialog dialog = openDialog();
        assertThat(test(dialog).getText()).contains((quiz.size() - 1) + " of " + quiz.size() + " questions are unanswered")
                .contains("attempt 1 of " + max);
        assertThat(sheet().attempt().submitted()).isFalse();

        test(dialog).cancel();
        assertThat(sheet().attempt().submitted()).as("keep answering: nothing submitted").isFalse();
        assertThat(view.submit.isEnabled()).isTrue();

        test(view.submit).click();
        test(openDialog()).confirm();
        assertThat(sheet().attempt().submitted()).isTrue();
        assertThat(findInView(Paragraph.class).withId("quiz-score").all()).hasSize(1);
    }

    @Test
    void aCompetencyCheckWithNothingAnsweredIsNotSubmittedFromTheView() {
        user = signInNewTrainee();
        enrollment = learning.enroll(user, COURSE);
        attempt = learning.startPreTest(user, enrollment);
        AttemptView view = openAttempt();

        test(view.submit).click();

        ConfirmDialog dialog = openDialog();
        assertThat(test(dialog).getHeader()).isEqualTo("Nothing answered yet");
        test(dialog).confirm();
        assertThat(sheet().attempt().submitted()).isFalse();
        assertThat(home(user, enrollment).preTest()).isNotEqualTo(StepStatus.DONE);
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void keepingTheShownOrderAnswersAnOrderingQuestionAndTheCountSaysSo() {
        QuestionDefinition q = openQuizWith("ordering");
        PresentedQuestion shown = shown(q);
        Div block = block(q);
        Span position = findInView(Span.class).withId("quiz-position").single();
        assertThat(position.getText()).endsWith("0 answered");

        Button keep = find(Button.class, block).withId("keep-order-" + q.id()).single();
        test(keep).click();

        assertThat(sheet().answers().get(q.id())).isEqualTo(Order.answer(shown.choices().stream().map(Choice::id).toList()));
        assertThat(position.getText()).endsWith("1 answered");
        assertThat(keep.isVisible()).isFalse();
        openAttempt();
        assertThat(find(Button.class, block(q)).withId("keep-order-" + q.id()).all())
                .as("a kept order is an answer: no button after coming back").isEmpty();
    }

    @Test
    void aFailedQuizSaysNotPassedWithThePassMarkAttemptsLeftTryAgainAndKeepsTheKeyForAfterTheLastAttempt() {
        openFirstQuiz();
        List<QuestionDefinition> quiz = quiz(sheet());
        var module = home(user, enrollment).modules().getFirst().module();
        AttemptView view = openAttempt();

        submitConfirmingUnanswered(view);

        assertThat(findInView(Paragraph.class).withId("quiz-verdict").single().getText())
                .startsWith("Not passed: 0").endsWith("(pass mark " + module.passMark() + "%).");
        // the score itself is neutral: only the verdict says passed (green) or not (red)
        assertThat(findInView(Paragraph.class).withId("quiz-score").single().getClassNames()).contains("pc-notice", "pc-neutral");
        assertThat(findInView(QuizOutcomeView.class).single().getClassNames()).contains("pc-warning").doesNotContain("pc-passed");
        assertThat(findInView(Paragraph.class).withId("quiz-attempts-left").single().getText())
                .isEqualTo("Attempts left: " + (module.maxAttempts() - 1) + " of " + module.maxAttempts() + ".");
        // DPSC's quizzes review after the last attempt: a retake is not a copy of the key
        String all = String.join("\n", clientStrings());
        assertThat(all).doesNotContain("Right answer:", quiz.getFirst().explanation());
        assertThat(find(Div.class, view).withClassName("pc-right-answer").all()).isEmpty();
        assertThat(findInView(Paragraph.class).withId("quiz-review-note").single().getText()).contains("after your last attempt");

        test(findInView(Button.class).withId("quiz-try-again").single()).click();

        AttemptView next = (AttemptView) getCurrentView();
        assertThat(find(Paragraph.class, next).withId("quiz-score").all()).as("a fresh attempt, not the result").isEmpty();
        assertThat(home(user, enrollment).modules().getFirst().quizInProgress()).isTrue();
    }

    /**
     * The right answer of a question as a trainee reads it after submit: its type's right-answer lines (any
     * presentation will do), "true"/"false" worded as the English bundle words them.
     */
    private static List<String> rightAnswerLines(QuestionDefinition q) {
        var types = QuestionTypes.standard();
        Grade grade = types.grade(q, types.present(q, new java.util.Random(0)), Answer.empty());
        return lines(grade).stream().map(line -> line.equals("true") ? "True" : line.equals("false") ? "False" : line).toList();
    }

    private static List<String> lines(Grade grade) {
        List<String> lines = new ArrayList<>(grade.rightAnswer());
        grade.parts().forEach(part -> lines.addAll(lines(part)));
        return lines;
    }
}
