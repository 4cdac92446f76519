package org.peercert.cohort.report.ui;

import java.time.Clock;
import org.peercert.account.CurrentUser;
import org.peercert.account.UserAccount;
import org.peercert.cohort.report.PrePostReports;
import org.peercert.cohort.report.ReportAccess;
import org.peercert.cohort.report.ReportScope;
import org.peercert.cohort.report.ScopeReports;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Makes a {@link PrePostReportPanel} for a scope, after checking that the signed-in user may see it: the one
 * way in for the report page and for the cohort dashboard that embeds the panel.
 */
@Component
public class ReportPanels {

    final PrePostReports reports;
    final ScopeReports both;
    final Clock clock;
    private final ReportAccess access;
    private final CurrentUser currentUser;

    ReportPanels(PrePostReports reports, ScopeReports both, ReportAccess access, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.both = both;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** @throws AccessDeniedException when the signed-in user may not see this scope's report */
    public PrePostReportPanel panel(ReportScope scope) {
        UserAccount viewer = currentUser.account().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        access.check(java.util.Objects.requireNonNull(viewer.getId()), viewer.getRole(), scope);
        return new PrePostReportPanel(scope, this);
    }
}
