package org.peercert.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.PeerCertTest;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.QuestionBank;
import org.peercert.certification.CertificateDetails;
import org.peercert.certification.CertificateService;
import org.peercert.learning.CourseHome.Left;
import org.peercert.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue #15 item 2 on the real stack: live sessions of a cohort, attendance marked by its trainers, counted
 * into the completion rule ({@code live_sessions_required}) and as the live part of the certificate's CE hours.
 */
@PeerCertTest
class LiveSessionsTest {

    @Autowired LiveSessions sessions;
    @Autowired LearningService learning;
    @Autowired QuestionBank questionBank;
    @Autowired CertificateService certificates;
    @Autowired ApplicationContext context;

    @TempDir
    Path curriculumRoot;

    private CohortFixtures fixtures() {
        return new CohortFixtures(context);
    }

    @Test
    void attendanceCompletesTheCourseOnceEnoughSessionsAreAttendedAndGivesTheCertificateItsLiveHours() throws IOException {
        var f = fixtures();
        long version = f.liveCourse(curriculumRoot, 2);
        long trainer = f.trainer("Tomás Trainer");
        Cohort cohort = f.cohort(trainer, version);
        long trainee = f.trainee("Lena Park");
        long enrollment = f.join(trainer, cohort.getId(), trainee);
        var first = sessions.schedule(trainer, cohort.getId(), plan(LocalDateTime.now().plusDays(1), 120));
        var second = sessions.schedule(trainer, cohort.getId(), plan(LocalDateTime.now().plusDays(8), 120));
        var third = sessions.schedule(trainer, cohort.getId(), plan(LocalDateTime.now().plusDays(15), 90));

        finishSelfPacedPart(trainee, enrollment);
        assertThat(learning.home(trainee, enrollment).completed()).as("no session attended yet").isFalse();
        assertThat(learning.home(trainee, enrollment).left()).containsExactly(new Left(Left.Kind.LIVE_SESSIONS, null, 2));

        sessions.mark(trainer, first.getId(), trainee, true);
        sessions.mark(trainer, second.getId(), trainee, false);
        assertThat(learning.home(trainee, enrollment).left()).containsExactly(new Left(Left.Kind.LIVE_SESSIONS, null, 1));
        assertThat(certificates.issuedFor(enrollment)).isFalse();

        sessions.mark(trainer, third.getId(), trainee, true); // the second present session completes the course
        assertThat(learning.home(trainee, enrollment).completed()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.issuedFor(enrollment));
        CertificateDetails certificate = certificates.forHolder(trainee).getFirst();
        // 120 + 90 attended minutes = 3.5 h, capped at the course's 3 live hours; self-paced = 5 - 3
        assertThat(certificate.liveHours()).isEqualByComparingTo("3");
        assertThat(certificate.selfPacedHours()).isEqualByComparingTo("2");
        assertThat(certificate.ceHours()).isEqualByComparingTo("5");
        try (var pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(certificates.pdf(certificate.id()))))) {
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1))).contains("5 continuing-education hours (2 self-paced, 3 live)");
        }
    }

    @Test
    void attendedHoursBelowTheCourseLiveHoursCountAsAttended() throws IOException {
        var f = fixtures();
        long version = f.liveCourse(curriculumRoot, 1);
        long trainer = f.trainer("Tomás Trainer");
        Cohort cohort = f.cohort(trainer, version);
        long trainee = f.trainee("Ravi Mehta");
        long enrollment = f.join(trainer, cohort.getId(), trainee);
        var session = sessions.schedule(trainer, cohort.getId(), plan(LocalDateTime.now().plusDays(2), 90));
        sessions.mark(trainer, session.getId(), trainee, true);

        finishSelfPacedPart(trainee, enrollment);

        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.issuedFor(enrollment));
        assertThat(certificates.forHolder(trainee).getFirst().liveHours()).isEqualByComparingTo("1.5");
        assertThat(learning.attendedLiveHours(enrollment)).isEqualByComparingTo("1.5");
    }

    @Test
    void onlyThoseWhoRunTheCohortMarkAttendanceAndOnlyForItsMembers() throws IOException {
        var f = fixtures();
        long trainer = f.trainer("Tomás Trainer");
        long other = f.trainer("Olga Other");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());
        long member = f.trainee("Ann Member");
        f.join(trainer, cohort.getId(), member);
        long outsider = f.trainee("Omar Outsider");
        var session = sessions.schedule(trainer, cohort.getId(), plan(LocalDateTime.now().plusDays(3), 120));

        assertThatThrownBy(() -> sessions.mark(other, session.getId(), member, true)).isInstanceOf(CohortException.class)
                .hasMessage("cohort.error.not-found");
        assertThatThrownBy(() -> sessions.mark(member, session.getId(), member, true)).hasMessage("cohort.error.not-found");
        assertThatThrownBy(() -> sessions.mark(trainer, session.getId(), outsider, true)).hasMessage("cohort.error.not-member");
        assertThat(sessions.attendance(trainer, cohort.getId())).isEmpty();
    }

    @Test
    void theCalendarFileIsForMembersAndTrainersOnly() {
        var f = fixtures();
        long trainer = f.trainer("Tomás Trainer");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());
        long member = f.trainee("Ann Member");
        f.join(trainer, cohort.getId(), member);
        var session = sessions.schedule(trainer, cohort.getId(), plan(LocalDateTime.of(2027, 3, 10, 18, 0), 120));

        assertThat(sessions.ics(member, session.getId())).contains("DTSTART:20270310T170000Z");
        assertThat(sessions.ics(trainer, session.getId())).contains("UID:live-session-" + session.getId() + "@");
        assertThat(sessions.ics(f.admin(), session.getId())).contains("BEGIN:VEVENT");
        assertThat(sessions.forMember(member)).extracting(LiveSession::getId).contains(session.getId());
        long stranger = f.trainee("Sam Stranger");
        assertThatThrownBy(() -> sessions.ics(stranger, session.getId())).hasMessage("cohort.error.not-found");
        assertThatThrownBy(() -> sessions.ics(f.trainer("Olga Other"), session.getId())).hasMessage("cohort.error.not-found");
        assertThat(sessions.forMember(stranger)).isEmpty();
    }

    @Test
    void theExportHoldsTheTraineesCohortsAndAttendanceAndDeletingTheAccountsLeavesTheCohortWithoutThem() throws Exception {
        var f = fixtures();
        long trainer = f.trainer("Tomás Trainer");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());
        long trainee = f.trainee("Ann Member");
        f.join(trainer, cohort.getId(), trainee);
        var session = sessions.schedule(trainer, cohort.getId(), plan(LocalDateTime.now().plusDays(3), 120));
        sessions.mark(trainer, session.getId(), trainee, true);
        var privacy = context.getBean(org.peercert.account.PrivacyService.class);

        String export = privacy.exportJson(trainee);
        assertThat(export).contains("\"cohorts\"").contains(cohort.getName()).contains("Week 1: discovering");

        privacy.deleteAccount(trainee);
        assertThat(sessions.attendance(trainer, cohort.getId())).isEmpty();
        privacy.deleteAccount(trainer);
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from cohort where id = ? and created_by is null", Integer.class, cohort.getId()))
                .as("the cohort stays, without its creator").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from cohort_member where cohort_id = ?", Integer.class, cohort.getId())).isZero();
    }

    @Test
    void aSessionLinkMustBeHttps() {
        for (String link : new String[] {"http://meet.example.org/x", "javascript:alert(1)", "https://", "meet.example.org",
                "https://user:pw@meet.example.org/x"}) {
            assertThatThrownBy(() -> new SessionPlan(LocalDateTime.now(), ZoneId.of("UTC"), 60, link, "Week 1", null))
                    .as(link).hasMessage("cohort.session.error.link");
        }
        assertThat(new SessionPlan(LocalDateTime.now(), ZoneId.of("UTC"), 60, " https://meet.example.org/dpsc?x=1 ", "Week 1", null)
                .meetingUrl()).isEqualTo("https://meet.example.org/dpsc?x=1");
    }

    private static SessionPlan plan(LocalDateTime start, int minutes) {
        return new SessionPlan(start, ZoneId.of("Europe/Madrid"), minutes, "https://meet.example.org/dpsc", "Week 1: discovering", null);
    }

    /** Every lesson read, both checks and every quiz answered right: all but the live sessions. */
    private void finishSelfPacedPart(long user, long enrollment) {
        answer(user, enrollment, learning.startPreTest(user, enrollment).id());
        for (var module : learning.home(user, enrollment).modules()) {
            module.module().lessons().forEach(l -> learning.markLessonDone(user, enrollment, l.id()));
            answer(user, enrollment, learning.startQuiz(user, enrollment, module.module().key()).id());
        }
        answer(user, enrollment, learning.startPostTest(user, enrollment).id());
    }

    private void answer(long user, long enrollment, long attemptId) {
        var sheet = learning.sheet(user, enrollment, attemptId);
        var quiz = questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey());
        AnswerKey.answerAll(sheet, quiz, Integer.MAX_VALUE, (key, answer) -> learning.saveAnswer(user, attemptId, key, answer));
        learning.submit(user, enrollment, attemptId);
    }
}
