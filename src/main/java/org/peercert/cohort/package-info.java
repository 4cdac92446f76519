/** Cohorts: for now, trainers inviting people by email to a course (invitation links that enroll). */
@NullMarked
package org.peercert.cohort;

import org.jspecify.annotations.NullMarked;
