package org.peercert.assessment;

import org.peercert.assessment.types.Questions;
import org.peercert.assessment.types.truefalse.TrueFalseQuestionType.Verdict;
import org.peercert.assessment.types.choice.Ticked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.assessment.AssessmentException.Reason;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PeerCertTest
class AttemptEngineTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    long versionId;

    @BeforeEach
    void course() {
        versionId = catalog.publishedCourse("dpsc").orElseThrow().versionId();
    }

    private long trainee() {
        return accounts.registerTrainee(new Registration("Sam Ortiz", TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en")).getId();
    }

    private AttemptSheet startSms(long user) {
        return attempts.sheet(attempts.startOrResume(user, versionId, "sms", AttemptPurpose.QUIZ, 0).id(), user);
    }

    private int savedRows(long attemptId) {
        return jdbc.queryForObject("select count(*) from attempt_answer where attempt_id = ?", Integer.class, attemptId);
    }

    @Test
    void startingAgainResumesTheOpenAttemptWithTheSameOrderAndAnswers() {
        long user = trainee();
        AttemptSheet first = startSms(user);
        var q = first.questions().getFirst();
        attempts.saveAnswer(first.attempt().id(), user, q.key(), Ticked.answer(List.of(q.choices().get(1).id())));

        AttemptSheet again = startSms(user);

        assertThat(again.attempt().id()).isEqualTo(first.attempt().id());
        assertThat(again.questions()).isEqualTo(first.questions());
        assertThat(again.answers()).containsEntry(q.key(), Ticked.answer(List.of(q.choices().get(1).id())));
    }

    @Test
    void twoConcurrentSubmitsGradeTheAttemptExactlyOnce() throws Exception {
        long user = trainee();
        AttemptSheet sheet = startSms(user);
        List<QuestionDefinition> quiz = questionBank.quiz(versionId, "sms");
        AnswerKey.answerAll(sheet, quiz, 3, (key, answer) -> attempts.saveAnswer(sheet.attempt().id(), user, key, answer));

        var ready = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = CompletableFuture.supplyAsync(() -> { await(ready); return attempts.submit(sheet.attempt().id(), user); }, pool);
            var b = CompletableFuture.supplyAsync(() -> { await(ready); return attempts.submit(sheet.attempt().id(), user); }, pool);
            ready.countDown();
            AttemptResult first = a.get();
            AttemptResult second = b.get();
            assertThat(first.attempt()).isEqualTo(second.attempt());
            assertThat(first.attempt().earned()).isGreaterThan(0);
        }
        int leafItems = jdbc.queryForObject("select count(*) from attempt_item where attempt_id = ?", Integer.class, sheet.attempt().id());
        int expectedLeaves = quiz.stream().mapToInt(q -> Questions.parts(q).isEmpty() ? 1 : Questions.parts(q).size()).sum();
        assertThat(leafItems).isEqualTo(expectedLeaves);
        assertThat(attempts.attempts(user, versionId, "sms", AttemptPurpose.QUIZ)).singleElement()
                .satisfies(s -> assertThat(s.submitted()).isTrue());
    }

    @Test
    void aChoiceIdFromAnotherQuestionIsRefusedAndNothingIsSaved() {
        long user = trainee();
        AttemptSheet sheet = startSms(user);
        var single = sheet.questions().stream().filter(q -> q.type().equals("single")).findFirst().orElseThrow();
        var other = sheet.questions().stream().filter(q -> !q.key().equals(single.key()) && !q.choices().isEmpty()).findFirst().orElseThrow();

        assertThatThrownBy(() -> attempts.saveAnswer(sheet.attempt().id(), user, single.key(),
                Ticked.answer(List.of(other.choices().getFirst().id()))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining(other.choices().getFirst().id());
        assertThat(savedRows(sheet.attempt().id())).isZero();
    }

    @Test
    void anAnswerToAQuestionOutsideTheAttemptIsRefused() {
        long user = trainee();
        AttemptSheet sheet = startSms(user);
        assertThatThrownBy(() -> attempts.saveAnswer(sheet.attempt().id(), user, "ema-q01", Verdict.answer(true)))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_QUESTION));
        assertThat(savedRows(sheet.attempt().id())).isZero();
    }

    @Test
    void answeringAfterTheAttemptClosedIsRefusedAndTheGradeStands() {
        long user = trainee();
        AttemptSheet sheet = startSms(user);
        var q = sheet.questions().getFirst();
        AttemptResult result = attempts.submit(sheet.attempt().id(), user);

        assertThatThrownBy(() -> attempts.saveAnswer(sheet.attempt().id(), user, q.key(), Ticked.answer(List.of(q.choices().getFirst().id()))))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLOSED));
        assertThat(savedRows(sheet.attempt().id())).isZero();
        assertThat(attempts.result(sheet.attempt().id(), user).attempt()).isEqualTo(result.attempt());
    }

    @Test
    void anAttemptSubmittedOnAnotherInstanceRefusesTheNextSaveThoughThisOneHadItOpen() {
        long user = trainee();
        long intruder = trainee();
        AttemptSheet sheet = startSms(user);
        long id = sheet.attempt().id();
        var q = sheet.questions().getFirst();
        Answer first = Ticked.answer(List.of(q.choices().getFirst().id()));
        attempts.saveAnswer(id, user, q.key(), first); // this instance now knows the attempt as open
        // what the other instance's submit leaves in the shared database
        jdbc.update("update attempt set status = 'SUBMITTED', submitted_at = now(6) where id = ?", id);

        assertThatThrownBy(() -> attempts.saveAnswer(id, user, q.key(), Ticked.answer(List.of(q.choices().getLast().id()))))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLOSED));
        assertThatThrownBy(() -> attempts.saveAnswer(id, intruder, q.key(), first))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThat(jdbc.queryForObject("select answer from attempt_answer where attempt_id = ?", String.class, id))
                .isEqualTo(first.toJson());
    }

    @Test
    void anotherTraineesAttemptIsNotFoundForReadingAnsweringOrSubmitting() {
        long owner = trainee();
        long intruder = trainee();
        AttemptSheet sheet = startSms(owner);
        long id = sheet.attempt().id();
        var q = sheet.questions().getFirst();

        assertThatThrownBy(() -> attempts.sheet(id, intruder)).isInstanceOfSatisfying(AssessmentException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThatThrownBy(() -> attempts.saveAnswer(id, intruder, q.key(), Ticked.answer(List.of(q.choices().getFirst().id()))))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThatThrownBy(() -> attempts.submit(id, intruder)).isInstanceOfSatisfying(AssessmentException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThat(savedRows(id)).isZero();
        assertThat(attempts.sheet(id, owner).attempt().submitted()).isFalse();
    }

    @Test
    void theAttemptLimitFromTheCurriculumIsEnforced() {
        long user = trainee();
        for (int i = 0; i < 3; i++) {
            var attempt = attempts.startOrResume(user, versionId, "sms", AttemptPurpose.QUIZ, 3);
            attempts.submit(attempt.id(), user);
        }
        assertThatThrownBy(() -> attempts.startOrResume(user, versionId, "sms", AttemptPurpose.QUIZ, 3))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LIMIT_REACHED));
    }

    @Test
    void quizResultsCarryFeedbackAndExplanationsOnlyAfterSubmit() {
        long user = trainee();
        AttemptSheet sheet = startSms(user);
        assertThatThrownBy(() -> attempts.result(sheet.attempt().id(), user)).isInstanceOfSatisfying(AssessmentException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SUBMITTED));
        AttemptResult result = attempts.submit(sheet.attempt().id(), user);
        assertThat(result.grades()).hasSize(sheet.questions().size())
                .allSatisfy(g -> assertThat(g.explanation()).isNotBlank());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long serverCounter(String name) {
        return jdbc.queryForObject("select variable_value from information_schema.global_status where variable_name = ?", Long.class, name);
    }

    @Test
    void savingAnAnswerIsOneConditionalInsertWithoutATransactionOfItsOwn() {
        long user = trainee();
        AttemptSheet sheet = startSms(user);
        List<QuestionDefinition> quiz = questionBank.quiz(versionId, "sms");
        int saves = 4 * quiz.size();
        attempts.saveAnswer(sheet.attempt().id(), user, quiz.getFirst().id(), Answer.empty()); // reads the attempt once
        long commitsBefore = serverCounter("COM_COMMIT");
        long conditionalInsertsBefore = serverCounter("COM_INSERT_SELECT");
        long selectsBefore = serverCounter("COM_SELECT");

        for (int i = 0; i < saves; i++) {
            int q = i % quiz.size();
            attempts.saveAnswer(sheet.attempt().id(), user, quiz.get(q).id(), AnswerKey.correct(quiz.get(q), sheet.questions().get(q)));
        }

        // the app's background jobs may commit a few times meanwhile; a transaction per save would commit every time
        assertThat(serverCounter("COM_COMMIT") - commitsBefore).isLessThan(saves);
        assertThat(serverCounter("COM_INSERT_SELECT") - conditionalInsertsBefore).isGreaterThanOrEqualTo(saves);
        // nor does it read its attempt again: a read per save would select at least once per save
        assertThat(serverCounter("COM_SELECT") - selectsBefore).isLessThan(saves);
        assertThat(savedRows(sheet.attempt().id())).isEqualTo(quiz.size());
    }

    @Test
    void aSaveRacingTheSubmitIsEitherGradedOrRefusedNeverStoredAfterTheGrade() throws Exception {
        List<QuestionDefinition> quiz = questionBank.quiz(versionId, "sms");
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                long user = trainee();
                AttemptSheet sheet = startSms(user);
                long id = sheet.attempt().id();
                Answer right = AnswerKey.correct(quiz.getFirst(), sheet.questions().getFirst());
                var start = new CountDownLatch(1);
                var save = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    try {
                        attempts.saveAnswer(id, user, quiz.getFirst().id(), right);
                        return true;
                    } catch (AssessmentException e) {
                        assertThat(e.reason()).isEqualTo(Reason.CLOSED);
                        return false;
                    }
                }, pool);
                var submit = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return attempts.submit(id, user);
                }, pool);
                start.countDown();

                boolean saved = save.get();
                double earned = submit.get().grades().getFirst().earned();
                assertThat(savedRows(id)).as("round %d", round).isEqualTo(saved ? 1 : 0);
                assertThat(earned > 0).as("round %d: a stored answer was graded", round).isEqualTo(saved);
            }
        }
    }

}
