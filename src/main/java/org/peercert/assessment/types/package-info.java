/** The built-in question types. */
@NullMarked
package org.peercert.assessment.types;

import org.jspecify.annotations.NullMarked;
