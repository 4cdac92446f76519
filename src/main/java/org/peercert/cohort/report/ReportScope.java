package org.peercert.cohort.report;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whose results a report covers: the enrollments on one course version, all of them ({@code enrollmentIds}
 * null), a cohort's ({@code cohortId} set, so access can be checked against who runs it) or a given set.
 * The title heads the report and its exports.
 */
public record ReportScope(String title, long courseVersionId, @Nullable Collection<Long> enrollmentIds, @Nullable Long cohortId) {

    public ReportScope {
        enrollmentIds = enrollmentIds == null ? null : List.copyOf(enrollmentIds);
    }

    public ReportScope(String title, long courseVersionId, @Nullable Collection<Long> enrollmentIds) {
        this(title, courseVersionId, enrollmentIds, null);
    }

    /** A cohort's members on the cohort's version. */
    public static ReportScope cohort(long cohortId, String title, long courseVersionId, Collection<Long> enrollmentIds) {
        return new ReportScope(title, courseVersionId, enrollmentIds, cohortId);
    }

    /** Everyone enrolled on the version. */
    public static ReportScope version(String title, long courseVersionId) {
        return new ReportScope(title, courseVersionId, null);
    }

    public boolean wholeVersion() {
        return enrollmentIds == null;
    }
}
