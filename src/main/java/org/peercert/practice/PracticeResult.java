package org.peercert.practice;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A submitted attempt's rubric summary and its trainer reviews. {@code counts} says whether this is the
 * attempt that counts (first or best) or a replay.
 */
public record PracticeResult(PracticeAttemptSummary attempt, List<RubricLine> lines, List<ReviewOutcome> reviews, boolean counts) {

    /** A written part and, once a trainer has looked at it, their scores and comment. */
    public record ReviewOutcome(String itemKey, String written, boolean pending, Map<String, Integer> scores,
            @Nullable String comment) {}
}
