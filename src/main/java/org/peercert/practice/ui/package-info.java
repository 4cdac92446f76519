/** The trainee's practice views (one panel per kind) and the trainer's review queue. */
@NullMarked
package org.peercert.practice.ui;

import org.jspecify.annotations.NullMarked;
