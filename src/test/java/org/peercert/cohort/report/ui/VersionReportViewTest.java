package org.peercert.cohort.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.cohort.report.ReportFixtures;
import org.peercert.ui.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The version report page per role: an admin gets the tables and downloads; a trainer and a trainee do not. */
@PeerCertTest
class VersionReportViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired AccountService accounts;

    private static void signInAs(String email, Role role) {
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(security);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String staff(Role role) {
        String email = TestUsers.uniqueEmail();
        accounts.createStaff(email, "Staff " + role, TestUsers.STRONG_PASSWORD, role);
        return email;
    }

    @Test
    void adminSeesThePrePostTableChartItemAnalysisAndDownloads() {
        var trainee = new ReportFixtures(context).trainee("Ivy Report", 1, true);
        signInAs(staff(Role.ADMIN), Role.ADMIN);

        UI.getCurrent().navigate("trainer/reports/" + trainee.versionId());

        assertThat(getCurrentView()).isInstanceOf(VersionReportView.class);
        String page = ((Component) getCurrentView()).getElement().getOuterHTML();
        assertThat(page).contains("<svg", "aria-label=\"Mean score before and after the course per competency.");
        assertThat(find(Paragraph.class).withId("report-counts").single().getText()).contains("with both checks (paired)");
        Grid<?> table = find(Grid.class).withId("report-prepost").single();
        assertThat(table.getColumns()).hasSize(12);
        assertThat(find(Grid.class).withId("report-items-_instrument-pre_test").single().getColumns()).hasSize(9);
        assertThat(find(Anchor.class).withId("report-csv").single().getHref()).isNotBlank();
        assertThat(find(Anchor.class).withId("report-csv-anonymous").exists()).isTrue();
        assertThat(find(Anchor.class).withId("report-pdf").exists()).isTrue();
    }

    @Test
    void trainerIsToldTheVersionReportIsNotForThem() {
        var trainee = new ReportFixtures(context).trainee("Jo Hidden", 1, true);
        signInAs(staff(Role.TRAINER), Role.TRAINER);

        UI.getCurrent().navigate("trainer/reports/" + trainee.versionId());

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(((Component) getCurrentView()).getElement().getTextRecursively()).doesNotContain("Jo Hidden", "Cohen");
    }

    @Test
    void traineeCannotOpenAReport() {
        var trainee = new ReportFixtures(context).trainee("Kim Curious", 1, true);
        signInAs(accounts.findById(trainee.user()).orElseThrow().getEmail(), Role.TRAINEE);

        UI.getCurrent().navigate("trainer/reports/" + trainee.versionId());

        assertThat(getCurrentView()).isNotInstanceOf(VersionReportView.class);
        assertThat(((Component) getCurrentView()).getElement().getTextRecursively()).doesNotContain("Cohen", "Wilcoxon");
    }
}
