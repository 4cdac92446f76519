@NullMarked
package org.peercert.cohort.ui;

import org.jspecify.annotations.NullMarked;
