package org.peercert.learning;

import java.time.Instant;

/** An enrollment as listed on "My courses". */
public record EnrollmentSummary(long id, long courseVersionId, String courseTitle, String version, Instant enrolledAt,
        boolean completed, int percentDone) {}
