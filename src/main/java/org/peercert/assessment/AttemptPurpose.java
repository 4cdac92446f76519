package org.peercert.assessment;

/** Why an attempt is taken: a module quiz, or the competency instrument before or after the course. */
public enum AttemptPurpose {
    QUIZ,
    PRE_TEST,
    POST_TEST;

    /** Measurements show no feedback while taken; quizzes teach with it after submit. */
    public boolean showsFeedback() {
        return this == QUIZ;
    }
}
