package org.peercert.cohort.report;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whose results a report covers: the enrollments on one course version, all of them ({@code enrollmentIds}
 * null) or a cohort's. The title heads the report and its exports.
 */
public record ReportScope(String title, long courseVersionId, @Nullable Collection<Long> enrollmentIds) {

    public ReportScope {
        enrollmentIds = enrollmentIds == null ? null : List.copyOf(enrollmentIds);
    }

    /** Everyone enrolled on the version. */
    public static ReportScope version(String title, long courseVersionId) {
        return new ReportScope(title, courseVersionId, null);
    }

    public boolean wholeVersion() {
        return enrollmentIds == null;
    }
}
