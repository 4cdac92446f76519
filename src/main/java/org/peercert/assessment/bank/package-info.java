/** Storage of the question bank; use {@link org.peercert.assessment.QuestionBank} from other modules. */
@NullMarked
package org.peercert.assessment.bank;

import org.jspecify.annotations.NullMarked;
