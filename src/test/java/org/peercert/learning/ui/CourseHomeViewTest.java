package org.peercert.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.peercert.notification.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.peercert.EmailConfirmations;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.Registration;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.learning.CourseHome;
import org.peercert.learning.CourseHome.StepStatus;

@PeerCertTest
class CourseHomeViewTest extends TraineeUiTest {

    private CourseHomeView open(long enrollment) {
        go(LearningViews.enrollmentPath(enrollment));
        assertThat(getCurrentView()).isInstanceOf(CourseHomeView.class);
        return (CourseHomeView) getCurrentView();
    }

    private Div moduleCard(CourseHome.ModuleProgress module) {
        return findInView(Div.class).withId("module-" + module.module().key()).single();
    }

    private String badge(Div card) {
        return find(Span.class, card).withClassName("pc-badge").single().getText();
    }

    private String summary() {
        return findInView(Paragraph.class).withId("home-summary").single().getText();
    }

    private Button continueButton() {
        return findInView(Button.class).withId("home-continue").single();
    }

    @Test
    void unconfirmedTraineeIsToldTheCertificateWaitsForTheEmailAndCanHaveTheLinkSentAgain(@Autowired Outbox outbox,
            @Autowired ApplicationContext context) {
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, COURSE);
        open(enrollment);

        Div banner = findInView(Div.class).withId("home-confirm-email").single();
        assertThat(find(Paragraph.class, banner).single().getText()).contains("Confirm your email address to receive your certificate");
        test(find(Button.class, banner).withId("home-confirm-email-resend").single()).click();

        assertThat(find(Span.class, banner).withId("home-confirm-email-sent").single().getText())
                .isEqualTo("A new confirmation link is on its way.");
        String email = accounts.findById(user).orElseThrow().getEmail();
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.sentTo(email).stream()
                .filter(m -> m.getKind().equals("verify-email")).count() == 2);

        EmailConfirmations.confirm(context, user);
        open(enrollment);
        assertThat(findInView(Div.class).withId("home-confirm-email").all()).isEmpty();
    }

    @Test
    void afterEnrollingEveryModuleIsLockedAndContinueStartsThePreTest() {
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, COURSE);
        CourseHome home = home(user, enrollment);

        open(enrollment);

        assertThat(find(H1.class, (CourseHomeView) getCurrentView()).single().getText()).isEqualTo(home.course().title());
        assertThat(home.modules()).hasSize(6);
        for (var module : home.modules()) {
            Div card = moduleCard(module);
            assertThat(badge(card)).isEqualTo("Locked");
            assertThat(find(Paragraph.class, card).single().getText()).isEqualTo("Opens when you finish the step before it.");
            assertThat(find(UnorderedList.class, card).all()).as("no lessons of a locked module").isEmpty();
            assertThat(find(Button.class, card).all()).as("no quiz button on a locked module").isEmpty();
        }
        assertThat(badge(findInView(Div.class).withId("pre-test").single())).isEqualTo("Ready");
        assertThat(badge(findInView(Div.class).withId("post-test").single())).isEqualTo("Locked");
        assertThat(summary()).isEqualTo("0% done · about " + home.minutesLeft() + " minutes left");
        assertThat(continueButton().getText()).isEqualTo("Start with the competency check");

        test(continueButton()).click();

        assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
        assertThat(find(H1.class, (AttemptView) getCurrentView()).single().getText()).isEqualTo("Starting competency check");
        var preTests = home(user, enrollment).preTest();
        assertThat(preTests).isEqualTo(StepStatus.IN_PROGRESS);
        long attemptId = learning.startPreTest(user, enrollment).id();
        assertThat(learning.sheet(user, enrollment, attemptId).attempt().purpose()).isEqualTo(AttemptPurpose.PRE_TEST);
    }

    @Test
    void afterThePreTestModuleOneOpensWithItsLessonsAndTheSummaryMovesOn() {
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, COURSE);
        open(enrollment);
        String before = summary();

        submitPreTest(user, enrollment);
        CourseHome home = home(user, enrollment);
        open(enrollment);

        var first = home.modules().getFirst();
        Div card = moduleCard(first);
        assertThat(badge(card)).isEqualTo("Ready");
        var links = find(Anchor.class, card).all();
        assertThat(links).extracting(Anchor::getText)
                .containsExactlyElementsOf(first.module().lessons().stream().map(l -> l.title()).toList());
        assertThat(links).extracting(Anchor::getHref).containsExactlyElementsOf(first.module().lessons().stream()
                .map(l -> "learn/" + enrollment + "/lesson/" + l.id()).toList());
        assertThat(find(Button.class, card).withId("quiz-" + first.module().key()).single().getText()).isEqualTo("Take the quiz");
        assertThat(badge(moduleCard(home.modules().get(1)))).isEqualTo("Locked");
        assertThat(badge(findInView(Div.class).withId("pre-test").single())).isEqualTo("Done");

        String after = summary();
        assertThat(after).isNotEqualTo(before)
                .isEqualTo(home.percentDone() + "% done · about " + home.minutesLeft() + " minutes left");
        assertThat(home.percentDone()).isPositive();

        assertThat(continueButton().getText()).isEqualTo("Continue where I left off");
        test(continueButton()).click();
        assertThat(getCurrentView()).isInstanceOfSatisfying(LessonView.class, view -> assertThat(find(H1.class, view).single()
                .getText()).isEqualTo(first.module().lessons().getFirst().title()));
    }

    @Test
    void doneLessonsAreTickedAndTheQuizButtonStartsTheModuleQuiz() {
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, COURSE);
        submitPreTest(user, enrollment);
        var first = home(user, enrollment).modules().getFirst();
        var lesson = first.module().lessons().getFirst();
        learning.markLessonDone(user, enrollment, lesson.id());

        open(enrollment);

        Div card = moduleCard(first);
        assertThat(badge(card)).isEqualTo("In progress");
        var done = find(com.vaadin.flow.component.html.ListItem.class, card).withClassName("pc-done").all();
        assertThat(done).hasSize(1);
        assertThat(find(Anchor.class, done.getFirst()).single().getText()).isEqualTo(lesson.title());

        test(find(Button.class, card).withId("quiz-" + first.module().key()).single()).click();

        assertThat(getCurrentView()).isInstanceOfSatisfying(AttemptView.class, view -> assertThat(find(H1.class, view).single()
                .getText()).isEqualTo("Quiz: " + first.module().title()));
        assertThat(home(user, enrollment).modules().getFirst().quizInProgress()).isTrue();
    }

    @Test
    void anotherTraineesEnrollmentIsNotShown() {
        String ownerEmail = TestUsers.uniqueEmail();
        long owner = accounts.registerTrainee(new Registration("Alex Owner", ownerEmail, TestUsers.STRONG_PASSWORD, true, "en")).getId();
        long theirs = learning.enroll(owner, COURSE);
        long theirAttempt = learning.startPreTest(owner, theirs).id();

        long me = signInNewTrainee();
        long mine = learning.enroll(me, COURSE);

        assertRefused(LearningViews.enrollmentPath(theirs), "No such enrollment");
        assertThat(getCurrentView()).isNotInstanceOf(CourseHomeView.class);
        assertThat(findInView(Paragraph.class).withId("home-summary").all()).isEmpty();
        assertRefused(LearningViews.enrollmentPath(theirs) + "/results", "No such enrollment");
        assertRefused(LearningViews.attemptPath(theirs, theirAttempt), "No such enrollment");
        assertRefused(LearningViews.attemptPath(mine, theirAttempt), "No such attempt");

        // and the owner still sees it
        signInAs(ownerEmail);
        open(theirs);
    }

    private java.util.List<String> leftItems() {
        Div card = findInView(Div.class).withId("home-left").single();
        return find(com.vaadin.flow.component.html.ListItem.class, card).all().stream()
                .map(com.vaadin.flow.component.html.ListItem::getText).toList();
    }

    @Test
    void theHomeListsExactlyWhatIsLeftBeforeTheCertificateAfterAShortFinalCheck(@Autowired ApplicationContext context) {
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, COURSE);
        open(enrollment);
        assertThat(leftItems()).first().isEqualTo("Take the starting competency check");
        assertThat(leftItems()).contains("Module 1: read 3 more lesson(s)", "Module 1: pass the quiz",
                "Take the final competency check", "Confirm your email address");

        EmailConfirmations.confirm(context, user);
        submitPreTest(user, enrollment);
        for (var module : home(user, enrollment).modules()) {
            passModule(user, enrollment, module.module().key());
        }
        // every lesson read, quiz passed and practice done; the final check with only 2 items answered
        take(user, enrollment, learning.startPostTest(user, enrollment).id(), 2);
        open(enrollment);
        int items = home(user, enrollment).left().getFirst().count();
        assertThat(leftItems()).containsExactly(
                "Take the final competency check again and answer every question (" + items + " were left blank)");
        assertThat(summary()).as("the final check still takes its time").endsWith("about " + home(user, enrollment).course().checkMinutes() + " minutes left");
        assertThat(continueButton().getText()).isEqualTo(continueButton().getTranslation("home.continue.POST_TEST"));
    }
}
