package org.peercert.cohort.report;

import org.peercert.assessment.types.choice.Ticked;
import java.util.List;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.assessment.Answer;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.AttemptService;
import org.peercert.assessment.QuestionBank;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.learning.LearningService;
import org.springframework.context.ApplicationContext;

/** Trainees with real pre-tests and post-tests on the DPSC version, graded by the real attempt engine. */
public final class ReportFixtures {

    public record Trainee(long user, long enrollment, long versionId) {}

    private final AccountService accounts;
    private final LearningService learning;
    private final AttemptService attempts;
    private final QuestionBank questionBank;

    public ReportFixtures(ApplicationContext context) {
        accounts = context.getBean(AccountService.class);
        learning = context.getBean(LearningService.class);
        attempts = context.getBean(AttemptService.class);
        questionBank = context.getBean(QuestionBank.class);
    }

    /** Pre-test with the first {@code preRight} questions answered right (the rest unanswered), then the post-test all right, or none. */
    public Trainee trainee(String name, int preRight, boolean takesPost) {
        long user = accounts.registerTrainee(new Registration(name, TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en")).getId();
        long enrollment = learning.enroll(user, "dpsc");
        long attempt = learning.startPreTest(user, enrollment).id();
        long versionId = learning.sheet(user, enrollment, attempt).attempt().courseVersionId();
        answer(user, versionId, attempt, preRight);
        learning.submit(user, enrollment, attempt);
        if (takesPost) {
            // straight through the attempt engine: the learning rules (modules passed first) are not under test here
            long post = attempts.startOrResume(user, versionId, QuestionBank.INSTRUMENT, AttemptPurpose.POST_TEST, 0).id();
            answer(user, versionId, post, Integer.MAX_VALUE);
            attempts.submit(post, user);
        }
        return new Trainee(user, enrollment, versionId);
    }

    /** Another submitted attempt at a check (attempt number 2, 3, ...) with the first {@code right} questions answered right. */
    public void retake(Trainee trainee, AttemptPurpose purpose, int right) {
        long attempt = attempts.startOrResume(trainee.user(), trainee.versionId(), QuestionBank.INSTRUMENT, purpose, 0).id();
        answer(trainee.user(), trainee.versionId(), attempt, right);
        attempts.submit(attempt, trainee.user());
    }

    private void answer(long user, long versionId, long attempt, int right) {
        List<QuestionDefinition> quiz = questionBank.quiz(versionId, QuestionBank.INSTRUMENT);
        var shown = attempts.sheet(attempt, user).questions();
        for (int i = 0; i < Math.min(right, quiz.size()); i++) {
            attempts.saveAnswer(attempt, user, quiz.get(i).id(), AnswerKey.correct(quiz.get(i), shown.get(i)));
        }
        if (right == 0) {
            attempts.saveAnswer(attempt, user, quiz.getFirst().id(), Ticked.answer(List.of(shown.getFirst().choices().getLast().id())));
        }
    }
}
