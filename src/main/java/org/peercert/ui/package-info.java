/**
 * Presentation shell shared by all features: the main layout, navigation built from each view's
 * {@code @Menu}, theme and language switch. No domain logic and no imports of feature modules:
 * features plug their views in with {@code @Route} and {@code @Menu}.
 */
@NullMarked
package org.peercert.ui;

import org.jspecify.annotations.NullMarked;
