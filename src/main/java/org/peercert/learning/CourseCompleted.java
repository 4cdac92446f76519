package org.peercert.learning;

import java.time.Instant;
import java.util.List;

/** A trainee met the completion rule of a course version; certification issues the certificate from it. */
public record CourseCompleted(long enrollmentId, long userId, long courseVersionId, Instant completedAt,
        List<CompetencyScore> scores) {}
