package org.peercert.curriculum;

/**
 * What a trainee must have done for a course version to count as completed (course.yaml {@code completion}),
 * besides passing every module: the certificate additionally waits for a confirmed email.
 *
 * @param postTestMinPercent the least final-check score, 0 for none
 * @param liveSessionsRequired how many live sessions of the trainee's cohort they must have attended, 0 for none
 */
public record CompletionRule(boolean postTestRequired, boolean everyLessonRead, boolean everyPostItemAnswered,
        int postTestMinPercent, int liveSessionsRequired) {

    /** A rule without live sessions to attend. */
    public CompletionRule(boolean postTestRequired, boolean everyLessonRead, boolean everyPostItemAnswered, int postTestMinPercent) {
        this(postTestRequired, everyLessonRead, everyPostItemAnswered, postTestMinPercent, 0);
    }
}
