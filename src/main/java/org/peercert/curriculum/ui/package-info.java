/** Catalog and curriculum status views. */
@NullMarked
package org.peercert.curriculum.ui;

import org.jspecify.annotations.NullMarked;
