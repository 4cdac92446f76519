package org.peercert.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.assessment.Answer;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.QuestionBank;
import org.peercert.learning.CourseHome.StepStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** Submitting the pre/post competency check: an empty submission would stand as a 0 % measurement. */
@PeerCertTest
class CompetencyCheckSubmissionTest {

    @Autowired
    AccountService accounts;

    @Autowired
    LearningService learning;

    @Autowired
    QuestionBank questionBank;

    @Test
    void aPreTestWithNothingAnsweredIsRefusedAndStaysOpenUntilSomethingIsAnswered() {
        long user = accounts.registerTrainee(new Registration("Rae Okafor", TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en")).getId();
        long enrollment = learning.enroll(user, "dpsc");
        long attempt = learning.startPreTest(user, enrollment).id();
        var sheet = learning.sheet(user, enrollment, attempt);
        String first = sheet.questions().getFirst().key();
        learning.saveAnswer(user, attempt, first, Answer.empty()); // chosen, then cleared: still nothing answered

        assertThatThrownBy(() -> learning.submit(user, enrollment, attempt))
                .isInstanceOfSatisfying(LearningException.class, e -> assertThat(e.reason()).isEqualTo(LearningException.Reason.NOTHING_ANSWERED))
                .hasMessageContaining("Answer at least one question");
        assertThat(learning.sheet(user, enrollment, attempt).attempt().submitted()).isFalse();
        assertThat(learning.home(user, enrollment).preTest()).isEqualTo(StepStatus.IN_PROGRESS);

        var quiz = questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey());
        learning.saveAnswer(user, attempt, first, AnswerKey.correct(quiz.getFirst(), sheet.questions().getFirst()));
        assertThat(learning.submit(user, enrollment, attempt).attempt().submitted()).isTrue();
        assertThat(learning.home(user, enrollment).preTest()).isEqualTo(StepStatus.DONE);
    }
}
