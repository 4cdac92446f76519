package org.peercert.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.peercert.account.CurrentUser;
import org.peercert.assessment.Answer;
import org.peercert.assessment.AssessmentException;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.AttemptResult;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.ui.GradeView;
import org.peercert.assessment.ui.QuestionInputs;
import org.peercert.curriculum.CourseContent;
import org.peercert.learning.LearningException;
import org.peercert.learning.LearningService;

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
        submit.addClickListener(click -> submit());
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

    private void showSheet(AttemptSheet sheet) {
        removeAll();
        add(new Anchor(LearningViews.enrollmentPath(enrollmentId), getTranslation("lesson.back")), new H1(title(sheet)));
        add(new Paragraph(getTranslation(sheet.attempt().purpose().showsFeedback() ? "quiz.intro" : "check.intro")));
        int number = 1;
        for (PresentedQuestion question : sheet.questions()) {
            var block = new Div(new H2(getTranslation("quiz.question", number++, sheet.questions().size())));
            block.addClassName("pc-question-block");
            block.setId("q-" + question.key());
            block.add(QuestionInputs.create(question, sheet.answers().getOrDefault(question.key(), Answer.empty()),
                    answer -> save(question.key(), answer)));
            add(block);
        }
        submit.setText(getTranslation("quiz.submit"));
        submit.setEnabled(true);
        add(saveStatus, submit);
    }

    private void save(String questionKey, Answer answer) {
        try {
            learning.saveAnswer(currentUser.id(), attemptId, questionKey, answer);
            saveStatus.setText(getTranslation("quiz.saved", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
        } catch (AssessmentException e) {
            saveStatus.setText(e.getMessage());
        }
    }

    private void submit() {
        LearningViews.attempt(this, () -> learning.submit(currentUser.id(), enrollmentId, attemptId)).ifPresentOrElse(result -> {
            if (result.attempt().purpose() == AttemptPurpose.QUIZ) {
                showResult(result, learning.sheet(currentUser.id(), enrollmentId, attemptId));
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
        score.addClassName("pc-notice");
        add(score);
        if (!result.attempt().purpose().showsFeedback()) {
            add(new Paragraph(getTranslation("check.done")));
            return;
        }
        for (int i = 0; i < result.grades().size(); i++) {
            add(new GradeView(sheet.questions().get(i), result.grades().get(i)));
        }
    }
}
