package org.peercert.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptResult;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.QuestionBank;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.learning.CourseHome.ModuleStatus;
import org.peercert.learning.CourseHome.StepStatus;
import org.peercert.practice.PracticeRuns;
import org.peercert.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The whole DPSC journey for one trainee, through the services, on real MariaDB. */
@PeerCertTest
@Import(TraineeJourneyTest.CompletedEvents.class)
class TraineeJourneyTest {

    @TestConfiguration
    static class CompletedEvents {
        final List<CourseCompleted> received = new ArrayList<>();

        @EventListener
        void on(CourseCompleted event) {
            received.add(event);
        }
    }

    @Autowired
    LearningService learning;

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    CompletedEvents completed;

    @Autowired
    PracticeService practices;

    private ModuleStatus moduleStatus(long user, long enrollment, String key) {
        return learning.home(user, enrollment).modules().stream().filter(m -> m.module().key().equals(key)).findFirst().orElseThrow().status();
    }

    private long newTrainee() {
        return accounts.registerTrainee(new Registration("Pat Quinn", TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en"))
                .getId();
    }

    /** Answers the first {@code correctCount} questions correctly, leaves the rest blank, submits. */
    private AttemptResult take(long user, long enrollment, long attemptId, String quizKey, int correctCount) {
        AttemptSheet sheet = learning.sheet(user, enrollment, attemptId);
        List<QuestionDefinition> quiz = questionBank.quiz(sheet.attempt().courseVersionId(), quizKey);
        AnswerKey.answerAll(sheet, quiz, correctCount, (key, answer) -> learning.saveAnswer(user, attemptId, key, answer));
        return learning.submit(user, enrollment, attemptId);
    }

    @Test
    void traineeGoesFromPreTestThroughEveryModuleToCompletionWithPrePostScores() {
        long user = newTrainee();
        long enrollment = learning.enroll(user, "dpsc");
        assertThat(learning.enroll(user, "dpsc")).isEqualTo(enrollment);

        CourseHome home = learning.home(user, enrollment);
        assertThat(home.preTest()).isEqualTo(StepStatus.AVAILABLE);
        assertThat(home.modules()).allSatisfy(m -> assertThat(m.status()).isEqualTo(ModuleStatus.LOCKED));
        String firstModule = home.modules().getFirst().module().key();
        assertThatThrownBy(() -> learning.startQuiz(user, enrollment, firstModule))
                .isInstanceOfSatisfying(LearningException.class, e -> assertThat(e.reason()).isEqualTo(LearningException.Reason.LOCKED));

        // pre-test: answer only the first 10 of 30 items correctly
        var pre = learning.startPreTest(user, enrollment);
        AttemptResult preResult = take(user, enrollment, pre.id(), QuestionBank.INSTRUMENT, 10);
        assertThat(preResult.attempt().percent()).isGreaterThan(0).isLessThan(100);

        home = learning.home(user, enrollment);
        assertThat(home.preTest()).isEqualTo(StepStatus.DONE);
        assertThat(home.modules().getFirst().status()).isEqualTo(ModuleStatus.AVAILABLE);
        assertThat(home.modules().get(1).status()).isEqualTo(ModuleStatus.LOCKED);
        assertThat(home.postTest()).isEqualTo(StepStatus.LOCKED);

        boolean failedOnce = false;
        for (var module : home.modules()) {
            String key = module.module().key();
            for (var lesson : module.module().lessons()) {
                assertThat(learning.lesson(user, enrollment, lesson.id()).html()).isNotBlank();
                learning.markLessonDone(user, enrollment, lesson.id());
            }
            if (!failedOnce) {
                var first = learning.startQuiz(user, enrollment, key);
                assertThat(take(user, enrollment, first.id(), key, 1).attempt().percent()).isLessThan(module.module().passMark());
                assertThat(learning.home(user, enrollment).modules().getFirst().status()).isEqualTo(ModuleStatus.IN_PROGRESS);
                failedOnce = true;
            }
            var attempt = learning.startQuiz(user, enrollment, key);
            AttemptResult passed = take(user, enrollment, attempt.id(), key, Integer.MAX_VALUE);
            assertThat(passed.attempt().percent()).isEqualTo(100.0);
            assertThat(passed.grades()).allSatisfy(g -> assertThat(g.explanation()).isNotBlank());
            // a module with skill practice is passed once its practices are done too
            for (var practice : module.practices()) {
                assertThat(moduleStatus(user, enrollment, key)).isEqualTo(ModuleStatus.IN_PROGRESS);
                PracticeRuns.finishAny(practices, user, learning.startPractice(user, enrollment, practice.practiceKey()).id());
            }
            assertThat(moduleStatus(user, enrollment, key)).isEqualTo(ModuleStatus.PASSED);
        }

        home = learning.home(user, enrollment);
        assertThat(home.modules()).allSatisfy(m -> assertThat(m.status()).isEqualTo(ModuleStatus.PASSED));
        assertThat(home.postTest()).isEqualTo(StepStatus.AVAILABLE);
        assertThat(home.completed()).isFalse();
        assertThat(completed.received).noneMatch(e -> e.enrollmentId() == enrollment);

        var post = learning.startPostTest(user, enrollment);
        take(user, enrollment, post.id(), QuestionBank.INSTRUMENT, Integer.MAX_VALUE);

        home = learning.home(user, enrollment);
        assertThat(home.completed()).isTrue();
        assertThat(home.percentDone()).isEqualTo(100);
        var events = completed.received.stream().filter(e -> e.enrollmentId() == enrollment).toList();
        assertThat(events).hasSize(1);
        CourseCompleted event = events.getFirst();
        assertThat(event.userId()).isEqualTo(user);
        assertThat(event.scores()).extracting(CompetencyScore::key).contains("sms-support", "ema", "goal-setting");
        assertThat(event.scores()).allSatisfy(s -> assertThat(s.post()).isEqualTo(100.0));
        assertThat(event.scores()).anySatisfy(s -> assertThat(s.pre()).isLessThan(100.0));

        // the first 10 instrument items were right on the pre-test: their competencies' pre scores match
        List<QuestionDefinition> instrument = questionBank.quiz(event.courseVersionId(), QuestionBank.INSTRUMENT);
        for (CompetencyScore score : event.scores()) {
            var items = instrument.stream().filter(q -> q.competency().equals(score.key())).toList();
            double possible = items.stream().mapToDouble(QuestionDefinition::points).sum();
            double earned = items.stream().filter(q -> instrument.indexOf(q) < 10).mapToDouble(QuestionDefinition::points).sum();
            assertThat(score.pre()).isEqualTo(Math.round(earned / possible * 1000) / 10.0);
        }

        CompetencyReport report = learning.report(user, enrollment);
        assertThat(report.completed()).isTrue();
        assertThat(report.scores()).isEqualTo(event.scores());
        assertThat(report.missed()).isEmpty();

        // submitting the post-test again grades nothing new and announces nothing new
        learning.submit(user, enrollment, post.id());
        assertThat(completed.received.stream().filter(e -> e.enrollmentId() == enrollment)).hasSize(1);
    }
}
