package org.peercert.cohort.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateId;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.QuestionBank;
import org.peercert.cohort.Cohort;
import org.peercert.cohort.CohortDashboard.Trainee;
import org.peercert.cohort.CohortFixtures;
import org.peercert.cohort.InviteReport;
import org.peercert.learning.LearningService;
import org.peercert.learning.TraineeProgress.QuizStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue #15 items 1 and 3 without a browser: creating a cohort, the CSV report, the dashboard, and who may open it. */
@PeerCertTest
class CohortDashboardViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired LearningService learning;
    @Autowired QuestionBank questionBank;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(long userId) {
        var user = accounts.findById(userId).orElseThrow();
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getEmail(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole().name()))));
        SecurityContextHolder.setContext(security);
    }

    private Object open(long cohortId) {
        UI.getCurrent().navigate("trainer/cohorts/" + cohortId);
        return getCurrentView();
    }

    @Test
    void aTrainerCreatesACohortUploadsAMixedCsvAndSeesExactCountsAndThePerRowReport() {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Tina Trainer");
        long coTrainer = f.trainer("Cole Co");
        signInAs(trainer);
        var list = navigate(CohortsView.class);
        test(list.name).setValue("DPSC spring");
        list.coTrainers.setValue(java.util.Set.of(accounts.findById(coTrainer).orElseThrow()));
        test(list.create).click();

        var view = (CohortView) getCurrentView();
        assertThat(view.invite).isNotNull();
        view.tabs.setSelectedIndex(1);
        String good = TestUsers.uniqueEmail();
        String csv = "name,email\nAna López," + good + "\nBad row,not-an-email\nAna twice," + good + "\n,"
                + TestUsers.uniqueEmail() + "\n";
        view.invite.csv(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(view.invite.outcome.getText()).isEqualTo(view.getTranslation("cohort.invite.outcome", 2, 2));
        assertThat(view.invite.refused.isVisible()).isTrue();
        assertThat(view.invite.refused.getListDataView().getItems().toList()).containsExactly(
                new InviteReport.Refused(3, "Bad row,not-an-email", InviteReport.Reason.INVALID_EMAIL),
                new InviteReport.Refused(4, "Ana twice," + good, InviteReport.Reason.DUPLICATE_IN_FILE));
        assertThat(view.invite.invitations.getListDataView().getItems()).hasSize(2);
        // the invitee's page has the name the trainer gave, to keep or correct
        SecurityContextHolder.clearContext();
        UI.getCurrent().navigate("invitation", com.vaadin.flow.router.QueryParameters.of("token", f.invitationToken(good)));
        assertThat(((InvitationView) getCurrentView()).name.getValue()).isEqualTo("Ana López");

        signInAs(coTrainer); // a co-trainer finds it in their list too
        var theirs = navigate(CohortsView.class);
        assertThat(test(theirs.cohorts).size()).isEqualTo(1);
        assertThat(test(theirs.cohorts).getCellText(0, 0)).isEqualTo("DPSC spring");
    }

    @Test
    void theDashboardShowsEachTraineesStandingSortsFiltersAndHighlightsTheInactive() {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Tina Trainer");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());
        long active = f.trainee("Zoe Active");
        long idle = f.trainee("Adam Idle");
        long activeEnrollment = f.join(trainer, cohort.getId(), active);
        long idleEnrollment = f.join(trainer, cohort.getId(), idle);
        long attempt = learning.startPreTest(active, activeEnrollment).id();
        var sheet = learning.sheet(active, activeEnrollment, attempt);
        AnswerKey.answerAll(sheet, questionBank.quiz(sheet.attempt().courseVersionId(), QuestionBank.INSTRUMENT), Integer.MAX_VALUE,
                (key, answer) -> learning.saveAnswer(active, attempt, key, answer));
        learning.submit(active, activeEnrollment, attempt);
        var firstLesson = learning.home(active, activeEnrollment).modules().getFirst().module().lessons().getFirst();
        learning.markLessonDone(active, activeEnrollment, firstLesson.id());
        // the idle trainee joined ten days ago and has done nothing since
        jdbc.update("update enrollment set enrolled_at = ? where id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(10))), idleEnrollment);

        signInAs(trainer);
        var view = (CohortView) open(cohort.getId());
        var trainees = view.trainees;
        assertThat(trainees).isNotNull();
        assertThat(trainees.shown()).extracting(Trainee::name).containsExactly("Adam Idle", "Zoe Active"); // by name
        Trainee zoe = trainees.shown().get(1);
        assertThat(zoe.progress().pre()).isNotEmpty().allSatisfy((competency, percent) -> assertThat(percent).isEqualTo(100.0));
        assertThat(zoe.progress().post()).isEmpty();
        assertThat(zoe.progress().percentDone()).isPositive();
        assertThat(zoe.progress().modules().getFirst().lessonsRead()).isEqualTo(1);
        assertThat(zoe.progress().modules()).extracting(m -> m.quiz()).containsOnly(QuizStatus.NOT_STARTED);
        assertThat(zoe.sessionsAttended()).isZero();
        var report = learning.report(active, activeEnrollment); // the trainee's own results page agrees
        assertThat(report.scores()).isEmpty();

        assertThat(trainees.grid.getPartNameGenerator().apply(trainees.shown().getFirst())).isEqualTo("pc-inactive");
        assertThat(trainees.grid.getPartNameGenerator().apply(zoe)).isNull();
        trainees.onlyInactive.setValue(!trainees.onlyInactive.getValue());
        assertThat(trainees.shown()).extracting(Trainee::name).containsExactly("Adam Idle");
        trainees.inactiveDays.setValue(30); // N on the page: nobody has been away 30 days
        assertThat(trainees.shown()).isEmpty();
        assertThat(trainees.grid.getPartNameGenerator().apply(zoe)).isNull();
        trainees.onlyInactive.setValue(!trainees.onlyInactive.getValue());
        trainees.filter.setValue("zoe");
        assertThat(trainees.shown()).extracting(Trainee::name).containsExactly("Zoe Active");
        trainees.filter.setValue("");
        trainees.grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(trainees.grid.getColumnByKey("progress"),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(trainees.shown()).extracting(Trainee::name).containsExactly("Zoe Active", "Adam Idle");
    }

    @Test
    void theReportTabShowsThePrePostReportOfTheCohortsMembersOnly() {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Tina Trainer");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());
        Cohort otherCohort = f.cohort(trainer, f.dpscVersion());
        for (long trainee : new long[] {f.trainee("Mia Member"), f.trainee("Max Member")}) {
            long enrollment = f.join(trainer, cohort.getId(), trainee);
            long attempt = learning.startPreTest(trainee, enrollment).id();
            var sheet = learning.sheet(trainee, enrollment, attempt);
            AnswerKey.answerAll(sheet, questionBank.quiz(sheet.attempt().courseVersionId(), QuestionBank.INSTRUMENT), Integer.MAX_VALUE,
                    (key, answer) -> learning.saveAnswer(trainee, attempt, key, answer));
            learning.submit(trainee, enrollment, attempt);
        }
        f.join(trainer, otherCohort.getId(), f.trainee("Olivia Outsider")); // in another cohort of the same trainer

        signInAs(trainer);
        var view = (CohortView) open(cohort.getId());
        assertThat(view.report.getComponentCount()).as("computed only when opened").isZero();
        view.tabs.setSelectedIndex(4);
        var panel = view.report.getChildren().findFirst().orElseThrow();
        assertThat(panel).isInstanceOf(org.peercert.cohort.report.ui.PrePostReportPanel.class);
        String counts = descendants(panel).filter(c -> c.getId().orElse("").equals("report-counts")).findFirst().orElseThrow()
                .getElement().getText();
        assertThat(counts).isEqualTo(String.format(view.getTranslation("report.counts"), 2, 2, 0, 2));
    }

    @Test
    void onlyThoseWhoRunTheCohortAndAdminsOpenItsDashboard() {
        var f = new CohortFixtures(context);
        long creator = f.trainer("Cara Creator");
        long coTrainer = f.trainer("Cole Co");
        long other = f.trainer("Olga Other");
        Cohort cohort = f.cohort(creator, f.dpscVersion(), coTrainer);
        long trainee = f.trainee("Tia Trainee");
        f.join(creator, cohort.getId(), trainee);

        for (long allowed : new long[] {creator, coTrainer, f.admin()}) {
            signInAs(allowed);
            assertThat(open(cohort.getId())).as("user " + allowed).isInstanceOf(CohortView.class);
        }
        signInAs(other);
        assertThat(open(cohort.getId())).isNotInstanceOf(CohortView.class);
        assertThat(test(navigate(CohortsView.class).cohorts).size()).isZero();
        signInAs(trainee); // a trainee sees no cohort, not even their own, and no other trainee's data
        assertThat(open(cohort.getId())).isNotInstanceOf(CohortView.class);
        UI.getCurrent().navigate("trainer/cohorts");
        assertThat(getCurrentView()).isNotInstanceOf(CohortsView.class);
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.getChildren().flatMap(CohortDashboardViewTest::descendants));
    }

    @Test
    void aTraineeSeesTheirOwnLiveSessionsWithTheCalendarLink() {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Tina Trainer");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());
        long trainee = f.trainee("Tia Trainee");
        f.join(trainer, cohort.getId(), trainee);
        var session = context.getBean(org.peercert.cohort.LiveSessions.class).schedule(trainer, cohort.getId(),
                new org.peercert.cohort.SessionPlan(java.time.LocalDateTime.now().plusDays(3), java.time.ZoneId.of("Europe/Madrid"), 120,
                        "https://meet.example.org/w1", "Week 1", null));

        signInAs(trainee);
        var mine = navigate(MySessionsView.class);
        assertThat(mine.getElement().getTextRecursively()).contains("Week 1");
        assertThat(descendants(mine).anyMatch(c -> c.getId().orElse("").equals("ics-" + session.getId()))).isTrue();
        signInAs(f.trainee("Sam Stranger"));
        assertThat(navigate(MySessionsView.class).getElement().getTextRecursively()).doesNotContain("Week 1");
    }


    @Test
    void theCertificatesTabBuildsTheZipInTheBackgroundShowsProgressThenOffersTheDownload() throws Exception {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Zip Trainer");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());
        long trainee = f.trainee("Zara Zipped");
        String certificate = new CertificateFixtures(context).issueFor(trainee, f.join(trainer, cohort.getId(), trainee));

        signInAs(trainer);
        var view = (CohortView) open(cohort.getId());
        var panel = view.certificatesPanel;
        assertThat(panel).isNotNull();
        view.tabs.setSelectedTab(view.tabs.getTab(panel));
        roundTrip(); // the tab sheet attaches the selected content before the response
        assertThat(panel.download.isVisible()).isFalse();
        test(panel.build).click();

        UI ui = UI.getCurrent();
        assertThat(panel.progress.isVisible()).isTrue();
        assertThat(panel.build.isEnabled()).isFalse();
        assertThat(ui.getPollInterval()).as("the page polls while the zip is built").isPositive();
        var export = panel.export;
        assertThat(export).isNotNull();
        await().atMost(Duration.ofSeconds(60)).until(() -> export.zip().isDone());
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true)); // the browser's next poll

        assertThat(panel.status.getText()).isEqualTo(view.getTranslation("cohort.certificates.progress", 1, 1));
        assertThat(panel.download.isVisible()).isTrue();
        assertThat(panel.download.getHref()).isNotBlank();
        assertThat(panel.progress.isVisible()).isFalse();
        assertThat(ui.getPollInterval()).as("polling stops").isNegative();
        assertThat(org.peercert.cohort.CohortCertificatesTest.entries(export.zip().join()))
                .containsKeys(CertificateId.grouped(certificate) + ".pdf", "certificates.csv");
    }
}
