/**
 * Vaadin inputs for each question type and the graded-feedback display. Inputs are built only from a
 * {@link org.peercert.assessment.PresentedQuestion}, which holds no correctness, so no answer key can
 * reach the browser before submit. Exposed to the learning module's views.
 */
@NullMarked
@NamedInterface("ui")
package org.peercert.assessment.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
