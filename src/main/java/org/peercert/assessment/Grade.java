package org.peercert.assessment;

import java.util.List;

/**
 * The result of grading one answer, shown only after submit.
 *
 * @param earned points earned, between 0 and {@code possible}, rounded to 2 decimals
 * @param feedback feedback lines for what the trainee chose (per-option feedback)
 * @param rightAnswer the right answer in the course's words, one line each (the right option, the right pairs,
 *     the right order...); true-false gives {@code "true"} or {@code "false"}, for the view to translate
 * @param parts scenario: the sub-questions' grades
 */
public record Grade(String key, double earned, double possible, List<String> feedback, String explanation,
        List<String> rightAnswer, List<Grade> parts) {

    public Grade {
        feedback = List.copyOf(feedback);
        rightAnswer = List.copyOf(rightAnswer);
        parts = List.copyOf(parts);
    }

    /** The points only, per part too: what a quiz whose review is withheld shows after submit. */
    public Grade withoutReview() {
        return new Grade(key, earned, possible, List.of(), "", List.of(), parts.stream().map(Grade::withoutReview).toList());
    }

    public boolean fullyCorrect() {
        return earned >= possible;
    }

    /** Rounds points to 2 decimals, as every grade is stored and shown. */
    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
