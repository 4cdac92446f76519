package org.peercert.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.peercert.EmailConfirmations;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.QuestionBank;
import org.peercert.learning.CourseCompleted;
import org.peercert.learning.CourseHome;
import org.peercert.learning.LearningService;
import org.peercert.practice.PracticeRuns;
import org.peercert.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** Completing the course issues exactly one certificate, however often the completion event arrives. */
@PeerCertTest
@RecordApplicationEvents
class CertificateIssuingIT {

    @Autowired LearningService learning;
    @Autowired AccountService accounts;
    @Autowired QuestionBank questionBank;
    @Autowired PracticeService practices;
    @Autowired CertificateService certificates;
    @Autowired CertificateIssuer issuer;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents published;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    void completionIssuesExactlyOneCertificateEvenWhenTheEventIsDeliveredAgain() {
        long user = accounts.registerTrainee(new Registration("Ada Okafor", TestUsers.uniqueEmail(),
                TestUsers.STRONG_PASSWORD, true, "en")).getId();
        EmailConfirmations.confirm(context, user);
        long enrollment = completeCourse(user);

        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.issuedFor(enrollment));
        List<CertificateDetails> issued = certificates.forHolder(user);
        assertThat(issued).hasSize(1);
        CertificateDetails certificate = issued.getFirst();
        assertThat(certificate.holderName()).isEqualTo("Ada Okafor");
        assertThat(certificate.courseTitle()).isNotBlank();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.expiresOn()).isEqualTo(certificate.issuedOn().plusMonths(24));
        assertThat(certificate.scores()).isNotEmpty().allSatisfy(s -> assertThat(s.post()).isEqualTo(100.0));

        // the registry delivers the same completion twice more (e.g. resubmitted after a restart)
        CourseCompleted original = published.stream(CourseCompleted.class)
                .filter(e -> e.enrollmentId() == enrollment).findFirst().orElseThrow();
        for (int delivery = 2; delivery <= 3; delivery++) {
            transactions.executeWithoutResult(tx -> events.publishEvent(original));
            // the registry deletes a publication once its listener completed it (completion-mode=delete)
            await().atMost(Duration.ofSeconds(30)).until(() -> issuerPublicationsOutstanding(enrollment) == 0);
        }
        assertThat(certificates.forHolder(user)).extracting(CertificateDetails::id).containsExactly(certificate.id());
    }

    @Test
    void completingBeforeConfirmingTheEmailIssuesTheCertificateOnceTheEmailIsConfirmed() {
        long user = accounts.registerTrainee(new Registration("Bo Lindgren", TestUsers.uniqueEmail(),
                TestUsers.STRONG_PASSWORD, true, "en")).getId();
        long enrollment = completeCourse(user);
        // the issuer has handled the completion, and issued nothing to the unconfirmed address
        await().atMost(Duration.ofSeconds(30)).until(() -> issuerPublicationsOutstanding(enrollment) == 0);
        assertThat(certificates.issuedFor(enrollment)).isFalse();
        assertThat(learning.home(user, enrollment).completed()).isTrue();

        EmailConfirmations.confirm(context, user);

        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.issuedFor(enrollment));
        assertThat(certificates.forHolder(user)).singleElement().satisfies(c -> {
            assertThat(c.holderName()).isEqualTo("Bo Lindgren");
            assertThat(c.scores()).isNotEmpty();
        });
    }

    @Test
    void twoDeliveriesRacingEachOtherIssueOneCertificate() throws Exception {
        CourseCompleted completed = new CertificateFixtures(context).completion("Lin Zhou", java.time.Instant.now());
        // the listener itself, without its async proxy, so both deliveries have finished when the futures complete
        CertificateIssuer listener = AopTestUtils.getTargetObject(issuer);
        var barrier = new CyclicBarrier(2);
        Runnable deliver = () -> {
            try {
                barrier.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            listener.on(completed);
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(deliver), CompletableFuture.runAsync(deliver)).get();
        assertThat(certificates.forHolder(completed.userId())).hasSize(1);
    }

    private long issuerPublicationsOutstanding(long enrollment) {
        return jdbc.queryForObject("""
                select count(*) from EVENT_PUBLICATION where LISTENER_ID like '%CertificateIssuer%'
                and EVENT_TYPE like '%CourseCompleted' and SERIALIZED_EVENT like ?""", Long.class,
                "%\"enrollmentId\":" + enrollment + ",%");
    }

    private long completeCourse(long user) {
        long enrollment = learning.enroll(user, "dpsc");
        take(user, enrollment, learning.startPreTest(user, enrollment).id(), 10);
        CourseHome home = learning.home(user, enrollment);
        for (var module : home.modules()) {
            for (var lesson : module.module().lessons()) {
                learning.markLessonDone(user, enrollment, lesson.id());
            }
            take(user, enrollment, learning.startQuiz(user, enrollment, module.module().key()).id(), Integer.MAX_VALUE);
            PracticeRuns.finishModule(learning, practices, user, enrollment, module.module().key());
        }
        take(user, enrollment, learning.startPostTest(user, enrollment).id(), Integer.MAX_VALUE);
        assertThat(learning.home(user, enrollment).completed()).isTrue();
        return enrollment;
    }

    private void take(long user, long enrollment, long attemptId, int correctCount) {
        AttemptSheet sheet = learning.sheet(user, enrollment, attemptId);
        AnswerKey.answerAll(sheet, questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey()),
                correctCount, (key, answer) -> learning.saveAnswer(user, attemptId, key, answer));
        learning.submit(user, enrollment, attemptId);
    }
}
