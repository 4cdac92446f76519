package org.peercert.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peercert.account.CurrentUser;
import org.peercert.assessment.Answer;
import org.peercert.assessment.AssessmentException;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.AttemptResult;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.ReviewOption;
import org.peercert.assessment.ui.GradeView;
import org.peercert.assessment.ui.QuestionInputs;
import org.peercert.curriculum.CourseContent;
import org.peercert.learning.CourseHome;
import org.peercert.learning.LearningException;
import org.peercert.learning.LearningService;
import org.peercert.ui.LocaleFormat;

/**
 * Taking a quiz or a competency check. Each answer is saved on the server as it is given, so closing
 * the tab or losing the connection loses nothing; after submit a quiz shows feedback per question,
 * the competency checks show none (they measure).
 */
@Route("learn/:enrollment([0-9]{1,18})/attempt/:attempt([0-9]{1,18})")
@PageTitle("Quiz · PeerCert")
@PermitAll
public class AttemptView extends Div implements BeforeEnterObserver {

    private final LearningService learning;
    private final CurrentUser currentUser;
    private final CourseContent content;
    private long enrollmentId;
    private long attemptId;
    final Span saveStatus = new Span();
    final Button submit = new Button();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span position = new Span();
    private final Div page = new Div();
    /** "How this works": open on the first view, folded away once the trainee answers or moves on. */
    final Details intro = new Details();
    private List<PresentedQuestion> questions = List.of();
    private Map<String, Answer> answers = new HashMap<>();
    private int current;
    private AttemptPurpose purpose = AttemptPurpose.QUIZ;
    private int attemptNumber;
    private int maxAttempts;

    AttemptView(LearningService learning, CurrentUser currentUser, CourseContent content) {
        this.learning = learning;
        this.currentUser = currentUser;
        this.content = content;
        addClassNames("pc-page", "pc-reading");
        saveStatus.addClassName("pc-save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        submit.setId("quiz-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        // once, here: the view instance is reused between attempts, a listener per showSheet() would pile up
        submit.addClickListener(click -> confirmSubmit());
        previous.setText(getTranslation("quiz.previous"));
        next.setText(getTranslation("quiz.next"));
        previous.setId("quiz-previous");
        next.setId("quiz-next");
        position.setId("quiz-position");
        previous.addClickListener(click -> {
            intro.setOpened(false);
            show(current - 1);
            focusQuestion();
        });
        next.addClickListener(click -> {
            intro.setOpened(false); // on a phone the open panel pushes each question below the fold
            show(current + 1);
            focusQuestion();
        });

    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        enrollmentId = LearningViews.param(event, "enrollment");
        attemptId = LearningViews.param(event, "attempt");
        try {
            AttemptSheet sheet = learning.sheet(currentUser.id(), enrollmentId, attemptId);
            if (sheet.attempt().submitted()) {
                showResult(learning.result(currentUser.id(), enrollmentId, attemptId), sheet);
            } else {
                showSheet(sheet);
            }
        } catch (LearningException | AssessmentException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private String title(AttemptSheet sheet) {
        var attempt = sheet.attempt();
        return switch (attempt.purpose()) {
            case PRE_TEST -> getTranslation("home.pre.title");
            case POST_TEST -> getTranslation("home.post.title");
            case QUIZ -> content.structure(attempt.courseVersionId()).flatMap(s -> s.module(attempt.quizKey()))
                    .map(m -> getTranslation("quiz.title", m.title())).orElse(attempt.quizKey());
        };
    }

    /**
     * One question per page, as on a phone: the session then holds the components of one question, not
     * of all of them. Opens at the first unanswered question.
     */
    private void showSheet(AttemptSheet sheet) {
        removeAll();
        purpose = sheet.attempt().purpose();
        attemptNumber = sheet.attempt().number();
        maxAttempts = purpose == AttemptPurpose.QUIZ ? currentModule(sheet).map(m -> m.module().maxAttempts()).orElse(0) : 0;
        questions = sheet.questions();
        answers = new HashMap<>(sheet.answers());
        add(new Anchor(LearningViews.enrollmentPath(enrollmentId), getTranslation("lesson.back")), new H1(title(sheet)));
        intro.setSummaryText(getTranslation("quiz.about"));
        intro.removeAll();
        intro.add(new Paragraph(sheet.attempt().purpose().showsFeedback()
                ? getTranslation("quiz.intro")
                : content.structure(sheet.attempt().courseVersionId()).map(s -> s.instrumentInstructions())
                        .orElse(getTranslation("check.intro"))));
        intro.setOpened(answers.isEmpty()); // open at the start, out of the way when resuming
        add(intro);
        var nav = new HorizontalLayout(previous, position, next);
        nav.addClassName("pc-quiz-nav");
        nav.setAlignItems(HorizontalLayout.Alignment.CENTER);
        submit.setText(getTranslation("quiz.submit"));
        submit.setEnabled(true);
        add(page, nav, saveStatus, submit);
        int firstOpen = 0;
        while (firstOpen < questions.size() - 1 && answers.getOrDefault(questions.get(firstOpen).key(), Answer.empty()).given()) {
            firstOpen++;
        }
        show(firstOpen);
    }

    private long answered() {
        return questions.stream().filter(q -> answers.getOrDefault(q.key(), Answer.empty()).given()).count();
    }

    private void updatePosition() {
        position.setText(getTranslation("quiz.position", current + 1, questions.size(), answered()));
    }

    /** Shows the question with this key (used by tests; trainees page with previous/next). */
    void showQuestion(String key) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key().equals(key)) {
                show(i);
                return;
            }
        }
        throw new IllegalArgumentException("No question " + key + " in this attempt");
    }

    private void show(int index) {
        current = index;
        PresentedQuestion question = questions.get(index);
        page.removeAll();
        var heading = new H2(getTranslation("quiz.question", index + 1, questions.size()));
        heading.setId("quiz-question-heading");
        heading.getElement().setAttribute("tabindex", "-1"); // focusable from code only, not a tab stop
        var block = new Div(heading);
        block.addClassName("pc-question-block");
        block.setId("q-" + question.key());
        block.add(QuestionInputs.create(question, answers.getOrDefault(question.key(), Answer.empty()),
                answer -> save(question.key(), answer)));
        page.add(block);
        previous.setEnabled(index > 0);
        next.setEnabled(index < questions.size() - 1);
        updatePosition();
    }

    /**
     * After Previous/Next the focus goes to the new question's heading, so a screen reader announces it (it stayed
     * on the button, and the changed question went unsaid).
     */
    private void focusQuestion() {
        page.getElement().executeJs("const h = this.querySelector('#quiz-question-heading'); if (h) h.focus({preventScroll: false});");
    }

    private void save(String questionKey, Answer answer) {
        try {
            learning.saveAnswer(currentUser.id(), attemptId, questionKey, answer);
            answers.put(questionKey, answer);
            intro.setOpened(false);
            updatePosition();
            saveStatus.setText(getTranslation("quiz.saved", LocaleFormat.time(LocalTime.now())));
        } catch (AssessmentException e) {
            saveStatus.setText(e.getMessage());
        }
    }

    /**
     * Submitting with questions unanswered asks first, saying how many: a quiz attempt is used up, and an
     * empty competency check is not accepted at all.
     */
    private void confirmSubmit() {
        long unanswered = questions.size() - answered();
        if (unanswered == 0) {
            submit();
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setId("quiz-confirm");
        if (unanswered == questions.size() && purpose != AttemptPurpose.QUIZ) {
            dialog.setHeader(getTranslation("quiz.none.header"));
            dialog.setText(getTranslation("quiz.none.text"));
            dialog.setConfirmText(getTranslation("quiz.none.ok"));
        } else {
            dialog.setHeader(getTranslation("quiz.unanswered.header"));
            String text = getTranslation("quiz.unanswered.text", unanswered, questions.size());
            if (purpose == AttemptPurpose.QUIZ && maxAttempts > 0) {
                text += " " + getTranslation("quiz.unanswered.quizAttempt", attemptNumber, maxAttempts);
            }
            dialog.setText(text);
            dialog.setConfirmText(getTranslation("quiz.unanswered.confirm"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("quiz.unanswered.cancel"));
            dialog.addConfirmListener(e -> submit());
        }
        submit.setEnabled(true); // the dialog asks now; a second submit is harmless (idempotent)
        dialog.open();
    }

    private void submit() {
        LearningViews.orExplain(() -> learning.submit(currentUser.id(), enrollmentId, attemptId)).ifPresentOrElse(result -> {
            if (result.attempt().purpose() == AttemptPurpose.QUIZ) {
                showResult(learning.result(currentUser.id(), enrollmentId, attemptId), learning.sheet(currentUser.id(), enrollmentId, attemptId));
            } else {
                getUI().ifPresent(ui -> ui.navigate(LearningViews.enrollmentPath(enrollmentId)
                        + (result.attempt().purpose() == AttemptPurpose.POST_TEST ? "/results" : "")));
            }
        }, () -> submit.setEnabled(true));
    }

    private void showResult(AttemptResult result, AttemptSheet sheet) {
        removeAll();
        add(new Anchor(LearningViews.enrollmentPath(enrollmentId), getTranslation("lesson.back")), new H1(title(sheet)));
        var score = new Paragraph(getTranslation("quiz.score", result.attempt().percent()));
        score.setId("quiz-score");
        score.addClassNames("pc-notice", "pc-neutral"); // the verdict below says passed or not
        add(score);
        score.scrollIntoView(); // submit was pressed at the bottom of the page: start reading the result at its top
        if (!result.attempt().purpose().showsFeedback()) {
            add(new Paragraph(getTranslation("check.done")));
            return;
        }
        currentModule(sheet).ifPresent(module -> {
            add(new QuizOutcomeView(result.attempt(), module, this::tryAgain));
            if (!learning.reviewShown(currentUser.id(), enrollmentId, module.module().key())) {
                var note = new Paragraph(getTranslation(module.module().quizReview() == ReviewOption.NEVER
                        ? "quiz.review.never" : "quiz.review.later"));
                note.setId("quiz-review-note");
                add(note);
            }
        });
        for (int i = 0; i < result.grades().size(); i++) {
            add(new GradeView(sheet.questions().get(i), result.grades().get(i)));
        }
    }

    private Optional<CourseHome.ModuleProgress> currentModule(AttemptSheet sheet) {
        return learning.home(currentUser.id(), enrollmentId).modules().stream()
                .filter(m -> m.module().key().equals(sheet.attempt().quizKey())).findFirst();
    }

    private void tryAgain(String moduleKey) {
        LearningViews.orExplain(() -> learning.startQuiz(currentUser.id(), enrollmentId, moduleKey))
                .ifPresent(next -> getUI().ifPresent(ui -> ui.navigate(LearningViews.attemptPath(enrollmentId, next.id()))));
    }
}
