/** The trainee's views: my courses, course home, lesson, quiz and results. */
@NullMarked
package org.peercert.learning.ui;

import org.jspecify.annotations.NullMarked;
