package org.peercert.cohort.report;

import java.util.Set;
import org.peercert.account.Role;
import org.peercert.cohort.Cohorts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a report. Admins: every scope. Trainers: a cohort's report when they created or co-train the
 * cohort, and only over that cohort's own enrollments (a scope naming someone else's enrollment is refused, so
 * a forged scope cannot widen it). Aggregates over a whole course version: admins only. Trainees never: a
 * report shows other trainees' scores.
 */
@Component
public class ReportAccess {

    private final Cohorts cohorts;

    ReportAccess(Cohorts cohorts) {
        this.cohorts = cohorts;
    }

    public boolean mayView(long viewerId, Role role, ReportScope scope) {
        if (role == Role.ADMIN) {
            return true;
        }
        if (role != Role.TRAINER || scope.cohortId() == null || scope.enrollmentIds() == null) {
            return false;
        }
        return cohorts.enrollmentsIfRunBy(viewerId, scope.cohortId())
                .filter(run -> run.courseVersionId() == scope.courseVersionId())
                .map(run -> Set.copyOf(run.enrollmentIds()).containsAll(scope.enrollmentIds()))
                .orElse(false);
    }

    public void check(long viewerId, Role role, ReportScope scope) {
        if (!mayView(viewerId, role, scope)) {
            throw new AccessDeniedException("Not allowed to see the report " + scope.title());
        }
    }
}
