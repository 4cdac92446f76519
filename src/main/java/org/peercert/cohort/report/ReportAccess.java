package org.peercert.cohort.report;

import org.peercert.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a report. Aggregates over a whole course version: admins only. A cohort's report will also be
 * open to that cohort's trainers and co-trainers (once cohorts exist, this method is where that check goes: it
 * takes the scope for that reason). Trainees never: a report shows other trainees' scores.
 */
@Component
public class ReportAccess {

    public boolean mayView(long viewerId, Role role, ReportScope scope) {
        return role == Role.ADMIN;
    }

    public void check(long viewerId, Role role, ReportScope scope) {
        if (!mayView(viewerId, role, scope)) {
            throw new AccessDeniedException("Not allowed to see the report " + scope.title());
        }
    }
}
