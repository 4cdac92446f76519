package org.peercert.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.Grade;
import org.peercert.assessment.QuestionBank;
import org.peercert.assessment.ReviewOption;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #13 item 11 for the shipped course: DPSC's module quizzes show their key only after the last attempt (or
 * once passed), so a retake is not a copy of the key; the pre-test never shows it, the post-test's results page does.
 */
@PeerCertTest
class DpscQuizReviewTest {

    @Autowired
    AccountService accounts;

    @Autowired
    LearningService learning;

    @Autowired
    QuestionBank questionBank;

    private long trainee() {
        return accounts.registerTrainee(new Registration("Ines Duarte", TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en")).getId();
    }

    private void take(long user, long enrollment, long attempt, int correct) {
        var sheet = learning.sheet(user, enrollment, attempt);
        var quiz = questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey());
        AnswerKey.answerAll(sheet, quiz, correct, (key, answer) -> learning.saveAnswer(user, attempt, key, answer));
        learning.submit(user, enrollment, attempt);
    }

    @Test
    void everyDpscModuleQuizReviewsAfterItsLastAttempt() {
        long user = trainee();
        var modules = learning.home(user, learning.enroll(user, "dpsc")).modules();
        assertThat(modules).hasSize(6).allSatisfy(m -> assertThat(m.module().quizReview()).as(m.module().key())
                .isEqualTo(ReviewOption.AFTER_LAST_ATTEMPT));
    }

    @Test
    void aFailedDpscQuizKeepsItsKeyForTheRetakeAndShowsItOncePassed() {
        long user = trainee();
        long enrollment = learning.enroll(user, "dpsc");
        long pre = learning.startPreTest(user, enrollment).id();
        take(user, enrollment, pre, 5);
        assertThat(learning.result(user, enrollment, pre).grades()).as("pre-test: never the key").allSatisfy(DpscQuizReviewTest::withheld);

        String module = learning.home(user, enrollment).modules().getFirst().module().key();
        long failed = learning.startQuiz(user, enrollment, module).id();
        take(user, enrollment, failed, 0);
        assertThat(learning.result(user, enrollment, failed).grades()).allSatisfy(DpscQuizReviewTest::withheld);
        assertThat(learning.reviewShown(user, enrollment, module)).isFalse();

        long retake = learning.startQuiz(user, enrollment, module).id();
        assertThat(learning.result(user, enrollment, failed).grades()).as("during the retake").allSatisfy(DpscQuizReviewTest::withheld);
        take(user, enrollment, retake, Integer.MAX_VALUE);

        List<Grade> review = learning.result(user, enrollment, failed).grades();
        assertThat(review).as("passed: the key of every attempt").anySatisfy(g -> assertThat(g.explanation()).isNotEmpty());
    }

    private static void withheld(Grade grade) {
        assertThat(grade.rightAnswer()).isEmpty();
        assertThat(grade.explanation()).isEmpty();
        assertThat(grade.feedback()).isEmpty();
        grade.parts().forEach(DpscQuizReviewTest::withheld);
    }
}
