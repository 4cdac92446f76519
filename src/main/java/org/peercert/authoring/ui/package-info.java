/**
 * The authoring screens: forms over a draft's curriculum files. Every action goes through the authoring
 * services ({@code Drafts}, {@code CourseArchives}, {@code CourseEditors}), which check who may do it.
 */
@NullMarked
package org.peercert.authoring.ui;

import org.jspecify.annotations.NullMarked;
