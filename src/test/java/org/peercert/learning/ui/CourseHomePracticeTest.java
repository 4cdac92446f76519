package org.peercert.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.learning.CourseHome;
import org.peercert.learning.CourseHome.ModuleStatus;
import org.peercert.learning.CourseHome.NextStep;
import org.peercert.learning.LearningException;
import org.peercert.practice.PracticeRuns;
import org.peercert.practice.ui.PracticeView;

/** Skill practice in the module flow: listed on the course home, gated like the module, needed to pass it. */
@PeerCertTest
class CourseHomePracticeTest extends TraineeUiTest {

    private CourseHome.ModuleProgress module(long user, long enrollment, String key) {
        return home(user, enrollment).modules().stream().filter(m -> m.module().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void practiceOfALockedModuleCannotStart() {
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, COURSE);
        submitPreTest(user, enrollment);

        assertThatThrownBy(() -> learning.startPractice(user, enrollment, "sms-jordan-hard-day"))
                .isInstanceOfSatisfying(LearningException.class, e -> assertThat(e.reason()).isEqualTo(LearningException.Reason.LOCKED));
        assertThatThrownBy(() -> learning.startPractice(user, enrollment, "no-such-practice")).isInstanceOf(LearningException.class);
    }

    @Test
    void moduleWithPracticesPassesOnlyWhenTheyAreDoneAndPracticeScoresShowOnTheHome() {
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, COURSE);
        submitPreTest(user, enrollment);
        passModule(user, enrollment, "discovering");
        passModule(user, enrollment, "competencies");
        take(user, enrollment, learning.startQuiz(user, enrollment, "sms").id(), Integer.MAX_VALUE);
        module(user, enrollment, "sms").module().lessons().forEach(l -> learning.markLessonDone(user, enrollment, l.id()));

        CourseHome.ModuleProgress sms = module(user, enrollment, "sms");
        assertThat(sms.status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        assertThat(sms.practices()).extracting(p -> p.practiceKey()).containsExactly("sms-alex-late-text", "sms-jordan-hard-day");
        assertThat(module(user, enrollment, "ema").status()).isEqualTo(ModuleStatus.LOCKED);
        assertThat(home(user, enrollment).next().kind()).isEqualTo(NextStep.Kind.PRACTICE);

        go(LearningViews.enrollmentPath(enrollment));
        Div card = findInView(Div.class).withId("module-sms").single();
        assertThat(find(Div.class, card).withClassName("pc-practice-item").all()).hasSize(2);
        assertThat(find(Span.class, card).all()).extracting(Span::getText).contains("Text conversation practice");
        test(findInView(Button.class).withId("home-continue").single()).click(); // continue leads into the first practice
        assertThat(getCurrentView()).isInstanceOf(PracticeView.class);

        long first = home(user, enrollment).modules().get(2).practices().getFirst().openAttemptId();
        PracticeRuns.converse(practices, user, first, "morning", "your-call", "small-step");
        assertThat(module(user, enrollment, "sms").status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        PracticeRuns.converse(practices, user, learning.startPractice(user, enrollment, "sms-jordan-hard-day").id(),
                "curious", "ask-directly", "stay-with");

        assertThat(module(user, enrollment, "sms").status()).isEqualTo(ModuleStatus.PASSED);
        assertThat(module(user, enrollment, "ema").status()).isEqualTo(ModuleStatus.AVAILABLE);
        // crisis comes from the Jordan conversation's safety dimension: 4 of 4
        assertThat(learning.practiceScores(user, enrollment))
                .containsEntry("Monitoring digital peer support and addressing digital crisis", 100.0);
        go(LearningViews.enrollmentPath(enrollment));
        assertThat(findInView(Div.class).withId("home-practice-scores").single().getElement().getTextRecursively())
                .contains("Monitoring digital peer support and addressing digital crisis: 100%");
        assertThat(findInView(Button.class).withId("practice-start-sms-jordan-hard-day").single().getText()).isEqualTo("Practise again");
    }
}
