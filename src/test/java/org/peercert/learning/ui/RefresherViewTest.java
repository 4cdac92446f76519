package org.peercert.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.EmailConfirmations;
import org.peercert.PeerCertTest;
import org.peercert.TestClock;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.AttemptService;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.AttemptSummary;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.certification.CertificateDetails;
import org.peercert.certification.CertificateRenewals;
import org.peercert.certification.CertificateService;
import org.peercert.certification.RenewableCourse;
import org.peercert.certification.ui.MyCertificatesView;
import org.peercert.learning.LearningException;
import org.peercert.learning.Refreshers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The holder takes the renewal refresher on its own screen, from "My certificates" to the new certificate. */
@PeerCertTest
class RefresherViewTest extends TraineeUiTest {

    @Autowired ApplicationContext context;
    @Autowired CertificateService certificates;
    @Autowired CertificateRenewals renewals;
    @Autowired Refreshers refreshers;
    @Autowired AttemptService attempts;
    @Autowired TestClock clock;

    @TempDir Path curriculumRoot;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theHolderTakesTheRefresherThroughItsStepsAndEndsWithANewCertificateThatNoOtherUserCanOpen() {
        var course = new RenewableCourse(context, curriculumRoot);
        long user = signInNewTrainee();
        EmailConfirmations.confirm(context, user);
        long enrollment = course.complete(user);
        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.issuedFor(enrollment));
        CertificateDetails old = certificates.forHolder(user).getFirst();
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), old.expiresOn().minusDays(20))));

        navigate(MyCertificatesView.class);
        test(find(Button.class).withId("renew-" + old.id()).single()).click();
        assertThat(getCurrentView()).as("Start opens the refresher").isInstanceOf(RefresherView.class);
        long refresherId = renewals.offer(user, old.id()).orElseThrow().refresherId();
        assertThat(stepText("refresher-step-texting")).contains("Texting", "To do");
        assertThat(stepText("refresher-step-check")).contains("Opens when every module is passed");
        assertThat(find(Button.class).withId("refresher-step-check-take").all()).as("check locked").isEmpty();

        test(find(Button.class).withId("refresher-step-texting-take").single()).click();
        AttemptSummary quiz = refreshers.startQuiz(user, refresherId, "texting"); // resumes the attempt the view opened
        // one answer through the trainees' own input, the rest through the same save path with the test answer key
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> truth = find(RadioButtonGroup.class, find(Div.class).withId("q-texting-q1").single()).single();
        test(truth).selectItem("False");
        assertThat(refreshers.sheet(user, refresherId, quiz.id()).answers()).containsKey("texting-q1");
        answerTheRestRight(refresherId, quiz.id(), "texting-q1");
        assertThat(clientStrings()).as("no answer key in the browser")
                .noneMatch(s -> s.contains("Right, safety first.") || s.contains("Only the minimum necessary"));
        test(find(Button.class).withId("refresher-submit").single()).click();

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("refresher-score").single().getText()).contains("100");
        assertThat(stepText("refresher-step-texting")).contains("Passed");
        assertThat(clientStrings()).noneMatch(s -> s.contains("Right, safety first.") || s.contains("Only the minimum necessary"));
        test(find(Button.class).withId("refresher-step-check-take").single()).click();
        AttemptSummary check = refreshers.startCheck(user, refresherId);
        answerTheRestRight(refresherId, check.id(), "");
        test(find(Button.class).withId("refresher-submit").single()).click();
        assertThat(find(Div.class).withId("refresher-done").single().getElement().getTextRecursively()).contains("You passed the refresher");

        await().atMost(Duration.ofSeconds(30)).until(() -> renewals.renewalOf(user, old.id()).isPresent());
        String renewed = renewals.renewalOf(user, old.id()).orElseThrow();
        go(RefresherView.path(refresherId));
        assertThat(renewed).isNotEqualTo(old.id());
        assertThat(find(Anchor.class).withId("refresher-new-certificate").single().getHref()).isEqualTo("verify/" + renewed);
        assertThat(find(Anchor.class).withId("refresher-certificates").single().getHref()).isEqualTo("certificates");

        signInNewTrainee();
        assertRefused(RefresherView.path(refresherId), "No such refresher");
    }

    @Test
    void theCourseAttemptsTakenBeforeTheRefresherCannotBeOpenedOrSubmittedAsItsSteps() {
        var course = new RenewableCourse(context, curriculumRoot);
        long user = signInNewTrainee();
        EmailConfirmations.confirm(context, user);
        long enrollment = course.complete(user);
        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.issuedFor(enrollment));
        CertificateDetails old = certificates.forHolder(user).getFirst();
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), old.expiresOn().minusDays(20))));
        long refresherId = renewals.start(user, old.id());
        long courseQuiz = attempts.attempts(user, learning.home(user, enrollment).course().versionId(), "texting",
                AttemptPurpose.QUIZ).getFirst().id();

        assertThatThrownBy(() -> refreshers.sheet(user, refresherId, courseQuiz)).isInstanceOf(LearningException.class);
        assertThatThrownBy(() -> refreshers.submit(user, refresherId, courseQuiz)).isInstanceOf(LearningException.class);
        assertThat(refreshers.progress(user, refresherId).modules()).allMatch(m -> !m.passed());
    }

    private String stepText(String id) {
        return find(ListItem.class).withId(id).single().getElement().getTextRecursively();
    }

    /** Answers every question right through the view's save path, except the one already answered in its input. */
    private void answerTheRestRight(long refresherId, long attemptId, String answeredInUi) {
        var view = (RefresherView) getCurrentView();
        AttemptSheet sheet = refreshers.sheet(currentUserId(), refresherId, attemptId);
        List<QuestionDefinition> quiz = quiz(sheet);
        for (int i = 0; i < quiz.size(); i++) {
            if (!quiz.get(i).id().equals(answeredInUi)) {
                view.save(quiz.get(i).id(), AnswerKey.correct(quiz.get(i), sheet.questions().get(i)));
            }
        }
        assertThat(((Component) view).getElement().getTextRecursively()).contains("Answer saved.");
    }

    private long currentUserId() {
        return context.getBean(org.peercert.account.CurrentUser.class).id();
    }
}
