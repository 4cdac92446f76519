package org.peercert.practice;

import java.time.Instant;
import java.util.List;

/** A written part in the trainer's queue; {@code userId} is whose it is (the cohort queue names them). */
public record PendingReview(long reviewId, String practiceTitle, String context, String written, List<String> dimensions,
        Instant submittedAt, long userId) {}
