/**
 * Skill practice: simulations defined in the curriculum ({@code practice-*.yaml}), one plug-in per kind
 * behind {@link org.peercert.practice.PracticeKind} (SMS conversation, EMA schedule, SMART goal), the
 * practice attempt engine (autosave, resume, first or best scored attempt counts), rubric scoring and the
 * trainer review queue. The engine never switches on kind names.
 */
@NullMarked
package org.peercert.practice;

import org.jspecify.annotations.NullMarked;
