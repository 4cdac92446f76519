/** The shorttext question type: the type, its answer, its Vaadin input and its editor, registered by name. */
@NullMarked
package org.peercert.assessment.types.shorttext;

import org.jspecify.annotations.NullMarked;
