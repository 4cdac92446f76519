package org.peercert.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An attempt's header, for history lists and pass/fail decisions. */
public record AttemptSummary(long id, long courseVersionId, String quizKey, AttemptPurpose purpose, int number,
        boolean submitted, Instant startedAt, @Nullable Instant submittedAt, double earned, double possible) {

    /** Score in percent (0 when nothing was possible). */
    public double percent() {
        return possible == 0 ? 0 : Math.round(earned / possible * 1000) / 10.0;
    }
}
