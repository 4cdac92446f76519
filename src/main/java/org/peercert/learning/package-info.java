/**
 * The trainee's journey through a course: enrollment (pinned to a course version), the pre-test gate,
 * lessons, module quizzes, the post-test and the completion rule, which publishes {@link
 * org.peercert.learning.CourseCompleted}.
 */
@NullMarked
package org.peercert.learning;

import org.jspecify.annotations.NullMarked;
