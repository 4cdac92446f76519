package org.peercert.practice;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A practice attempt as other modules and views see it. */
public record PracticeAttemptSummary(long id, long courseVersionId, String practiceKey, int number, boolean submitted,
        Instant startedAt, @Nullable Instant submittedAt, double earned, double possible) {

    public double percent() {
        return possible == 0 ? 0 : Math.round(earned / possible * 1000) / 10.0;
    }
}
