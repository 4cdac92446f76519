package org.peercert.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * When a quiz shows its right answers, explanations and per-option feedback after submit (the
 * {@code review} key of quiz.yaml, after Moodle's review options): so a retake is not a copy of the key.
 */
public enum ReviewOption {
    /** After every submitted attempt (the default). */
    IMMEDIATELY("immediately"),
    /** Once the quiz is passed or no attempt is left; before that only the points per question. */
    AFTER_LAST_ATTEMPT("after-last-attempt"),
    /** Never: only the points per question. */
    NEVER("never");

    private final String key;

    ReviewOption(String key) {
        this.key = key;
    }

    /** The word used in quiz.yaml. */
    public String key() {
        return key;
    }

    public static Optional<ReviewOption> fromKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    /** Whether the review may be shown now, for a trainee who has passed or has no attempt left ({@code finished}). */
    public boolean shows(boolean finished) {
        return this == IMMEDIATELY || (this == AFTER_LAST_ATTEMPT && finished);
    }
}
