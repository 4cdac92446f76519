package org.peercert.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.peercert.EmailConfirmations;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.QuestionBank;
import org.peercert.certification.CertificateDetails;
import org.peercert.certification.CertificateService;
import org.peercert.learning.CourseHome.Left;
import org.peercert.learning.CourseHome.StepStatus;
import org.peercert.practice.PracticeRuns;
import org.peercert.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue #13 item 8, the probe's case on the real stack: quizzes passed, no lesson read, the final check
 * submitted nearly empty gave a valid 12-hour certificate. Now the course is not completed and the home says
 * what is left; once every lesson is read and a final check is answered in full, the certificate comes, and
 * it states its self-paced and live hours.
 */
@PeerCertTest
class CompletionRuleTest {

    @Autowired LearningService learning;
    @Autowired AccountService accounts;
    @Autowired QuestionBank questionBank;
    @Autowired PracticeService practices;
    @Autowired CertificateService certificates;
    @Autowired ApplicationContext context;

    @Test
    void quizzesPassedWithoutReadingAndAPartlyAnsweredFinalCheckGiveNoCompletionAndTheHomeListsWhatIsLeft() {
        long user = confirmedTrainee();
        long enrollment = learning.enroll(user, "dpsc");
        // pre-test nearly blank (one item), every quiz passed and practice done, no lesson opened
        answer(user, enrollment, learning.startPreTest(user, enrollment).id(), 1, false);
        for (var module : learning.home(user, enrollment).modules()) {
            answer(user, enrollment, learning.startQuiz(user, enrollment, module.module().key()).id(), Integer.MAX_VALUE, false);
            PracticeRuns.finishModule(learning, practices, user, enrollment, module.module().key());
        }
        answer(user, enrollment, learning.startPostTest(user, enrollment).id(), 5, false); // 5 of 30 items answered

        CourseHome home = learning.home(user, enrollment);
        assertThat(home.completed()).isFalse();
        int lessons = home.modules().stream().mapToInt(m -> m.module().lessons().size()).sum();
        assertThat(home.left()).filteredOn(l -> l.kind() == Left.Kind.LESSONS).extracting(Left::count)
                .hasSize(6).containsOnly(3, 4).satisfies(counts -> assertThat(counts.stream().mapToInt(i -> i).sum()).isEqualTo(lessons));
        int items = questionBank.quiz(home.course().versionId(), QuestionBank.INSTRUMENT).size();
        assertThat(home.left()).contains(new Left(Left.Kind.POST_ITEMS, null, items - 5));
        assertThat(home.postTest()).as("the final check can be taken again").isEqualTo(StepStatus.AVAILABLE);
        assertThat(home.minutesLeft()).as("unread lessons and a new final check").isGreaterThan(100);
        assertThat(learning.completions(user)).isEmpty();
        assertThat(certificates.issuedFor(enrollment)).isFalse();
    }

    @Test
    void everyLessonReadAndEveryFinalCheckItemAnsweredCompleteTheCourseWithSelfPacedAndLiveHoursOnTheCertificate() throws IOException {
        long user = confirmedTrainee();
        long enrollment = learning.enroll(user, "dpsc");
        answer(user, enrollment, learning.startPreTest(user, enrollment).id(), 10, false);
        for (var module : learning.home(user, enrollment).modules()) {
            module.module().lessons().forEach(l -> learning.markLessonDone(user, enrollment, l.id()));
            answer(user, enrollment, learning.startQuiz(user, enrollment, module.module().key()).id(), Integer.MAX_VALUE, false);
            PracticeRuns.finishModule(learning, practices, user, enrollment, module.module().key());
        }
        answer(user, enrollment, learning.startPostTest(user, enrollment).id(), 3, false);
        assertThat(learning.home(user, enrollment).completed()).as("3 items answered").isFalse();

        // a second final check, every item answered (some wrong): that counts
        answer(user, enrollment, learning.startPostTest(user, enrollment).id(), 20, true);

        CourseHome home = learning.home(user, enrollment);
        assertThat(home.left()).isEmpty();
        assertThat(home.completed()).isTrue();
        assertThat(home.minutesLeft()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.issuedFor(enrollment));
        CertificateDetails certificate = certificates.forHolder(user).getFirst();
        // DPSC 1.2: about 4.75 h self-paced from its content; its 12 h of live sessions are not delivered by the app yet
        assertThat(home.course().liveHours()).isEqualByComparingTo("12");
        assertThat(certificate.liveHours()).isEqualByComparingTo("0");
        assertThat(certificate.selfPacedHours()).isEqualByComparingTo(home.course().selfPacedHours())
                .isBetween(new java.math.BigDecimal("3.5"), new java.math.BigDecimal("5"));
        assertThat(certificate.ceHours()).isEqualByComparingTo(certificate.selfPacedHours());
        String hours = certificate.ceHours().stripTrailingZeros().toPlainString();
        try (var pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(certificates.pdf(certificate.id()))))) {
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1)))
                    .contains(hours + " continuing-education hours (" + hours + " self-paced, 0 live)");
        }
    }

    private long confirmedTrainee() {
        long user = accounts.registerTrainee(new Registration("Rae Lindqvist", TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD,
                true, "en")).getId();
        EmailConfirmations.confirm(context, user);
        return user;
    }

    /** The first {@code correct} items right; the rest wrong when {@code answerRest}, else left blank; then submits. */
    private void answer(long user, long enrollment, long attemptId, int correct, boolean answerRest) {
        AttemptSheet sheet = learning.sheet(user, enrollment, attemptId);
        var quiz = questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey());
        AnswerKey.AnswerSink sink = (key, answer) -> learning.saveAnswer(user, attemptId, key, answer);
        if (answerRest) {
            AnswerKey.answerEvery(sheet, quiz, correct, sink);
        } else {
            AnswerKey.answerAll(sheet, quiz, correct, sink);
        }
        learning.submit(user, enrollment, attemptId);
    }
}
