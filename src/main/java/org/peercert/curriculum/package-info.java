/**
 * Curriculum as code: the course file format, its validator, the loader that turns course folders
 * into immutable {@link org.peercert.curriculum.CourseVersion}s, and the public course catalog.
 */
@NullMarked
package org.peercert.curriculum;

import org.jspecify.annotations.NullMarked;
