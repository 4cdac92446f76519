package org.peercert.cohort.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.peercert.account.CurrentUser;
import org.peercert.account.Role;
import org.peercert.cohort.CohortCertificates;
import org.peercert.cohort.CohortDashboard;
import org.peercert.cohort.Cohorts;
import org.peercert.cohort.report.ReportScope;
import org.peercert.cohort.report.ui.ReportPanels;
import org.peercert.cohort.CohortException;
import org.peercert.cohort.CohortInvitations;
import org.peercert.cohort.LiveSessions;
import org.peercert.practice.PracticeService;
import org.peercert.practice.ui.ReviewCard;

/**
 * One cohort for those who run it: trainees (progress table and completion funnel), invitations, live
 * sessions with attendance, the cohort's practice reviews, the pre/post report, and its certificates as one zip. A cohort the trainer
 * does not run is "not found", as is any address for a trainee.
 */
@Route("trainer/cohorts/:cohortId([0-9]{1,18})")
@PageTitle("Cohort · PeerCert")
@StyleSheet("context://peercert/styles/cohort.css")
@StyleSheet("context://peercert/styles/practice.css")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class CohortView extends Div implements BeforeEnterObserver {

    final TabSheet tabs = new TabSheet();
    @Nullable TraineesPanel trainees;
    @Nullable InvitePanel invite;
    @Nullable SessionsPanel sessions;
    final Div reviews = new Div();
    /** The cohort's pre/post report, computed the first time its tab is opened (it reads every member's attempts). */
    final Div report = new Div();

    private final CohortDashboard dashboard;
    private final CohortInvitations invitations;
    private final LiveSessions liveSessions;
    private final PracticeService practices;
    private final CurrentUser currentUser;
    private final Cohorts cohorts;
    private final ReportPanels reportPanels;
    private final CohortCertificates certificates;
    @Nullable CertificatesPanel certificatesPanel;

    CohortView(CohortDashboard dashboard, CohortInvitations invitations, LiveSessions liveSessions, PracticeService practices,
            CurrentUser currentUser, Cohorts cohorts, ReportPanels reportPanels, CohortCertificates certificates) {
        this.certificates = certificates;
        this.cohorts = cohorts;
        this.reportPanels = reportPanels;
        this.dashboard = dashboard;
        this.invitations = invitations;
        this.liveSessions = liveSessions;
        this.practices = practices;
        this.currentUser = currentUser;
        addClassNames("pc-page", "pc-cohort");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cohortId = event.getRouteParameters().getLong("cohortId").orElse(-1L);
        long actor = currentUser.id();
        CohortDashboard.View view;
        try {
            view = dashboard.of(actor, cohortId);
        } catch (CohortException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var cohort = view.cohort();
        trainees = new TraineesPanel(view);
        invite = new InvitePanel(invitations, actor, cohortId);
        sessions = new SessionsPanel(liveSessions, actor, cohortId, view.trainees(), view.course());
        reviews.setId("cohort-reviews");
        showReviews(actor, cohortId);
        report.setId("cohort-report");
        report.removeAll();
        tabs.setId("cohort-tabs");
        tabs.add(getTranslation("cohort.tab.trainees"), trainees);
        tabs.add(getTranslation("cohort.tab.invite"), invite);
        tabs.add(getTranslation("cohort.tab.sessions"), sessions);
        tabs.add(getTranslation("cohort.tab.reviews"), reviews);
        var reportTab = tabs.add(getTranslation("cohort.tab.report"), report);
        certificatesPanel = new CertificatesPanel(certificates, actor, cohortId);
        tabs.add(getTranslation("cohort.tab.certificates"), certificatesPanel);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == reportTab && report.getComponentCount() == 0) {
                showReport(actor, cohortId, cohort.getName());
            }
        });
        tabs.setWidthFull();
        add(new H1(cohort.getName()), new Paragraph(getTranslation("cohort.facts", view.course().title(), view.course().version(),
                dates.format(cohort.getStartsOn()), dates.format(cohort.getEndsOn()), view.trainees().size())), tabs);
    }

    private void showReport(long actor, long cohortId, String title) {
        cohorts.enrollmentsIfRunBy(actor, cohortId).ifPresent(members -> report.add(reportPanels.panel(
                ReportScope.cohort(cohortId, title, members.courseVersionId(), members.enrollmentIds()))));
    }

    private void showReviews(long actor, long cohortId) {
        reviews.removeAll();
        var pending = dashboard.reviews(actor, cohortId);
        if (pending.isEmpty()) {
            reviews.add(new Paragraph(getTranslation("practice.queue.empty")));
        }
        pending.forEach(r -> reviews.add(new ReviewCard(r.review(), r.traineeName(), practices, actor, () -> showReviews(actor, cohortId))));
    }
}
