/**
 * The trainee's practice views (one panel per kind) and the trainer's review queue. {@link ReviewCard} is
 * exposed to the cohort module's dashboard (its queue filtered to a cohort).
 */
@NullMarked
@NamedInterface("ui")
package org.peercert.practice.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
