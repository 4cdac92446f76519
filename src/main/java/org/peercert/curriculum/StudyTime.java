package org.peercert.curriculum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * How long the self-paced parts of a course take, estimated from their content so the hours a course
 * is sold with add up (docs/curriculum-format.md, "Time and CE hours"). A file may declare its own
 * minutes; the validator warns when a declaration and this estimate disagree by more than half.
 */
public final class StudyTime {

    /** Reading speed of an adult reading to learn, slower than reading for pleasure (≈ 250). */
    public static final int WORDS_PER_MINUTE = 200;
    /** One quiz or competency-check item: read, think, answer. */
    public static final int MINUTES_PER_QUESTION = 1;
    /** One skill practice (an SMS thread, a schedule, a goal) played through once with its feedback. */
    public static final int MINUTES_PER_PRACTICE = 10;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(['’-][\\p{L}\\p{N}]+)*");

    private StudyTime() {}

    /** Reading minutes of a Markdown text, rounded up, at least 1. */
    public static int readingMinutes(String markdown) {
        long words = WORD.matcher(markdown).results().count();
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /** Minutes as hours, rounded up to the next quarter hour. */
    public static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(15), 0, RoundingMode.CEILING)
                .multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** True when a declared time is off from the estimate by more than half of the estimate. */
    public static boolean disagree(double declared, double estimated) {
        return Math.abs(declared - estimated) > estimated / 2;
    }
}
