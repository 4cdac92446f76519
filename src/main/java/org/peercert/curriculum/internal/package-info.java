/** Persistence helpers of the curriculum module. */
@NullMarked
package org.peercert.curriculum.internal;

import org.jspecify.annotations.NullMarked;
