/**
 * Reading and validating course folders (docs/curriculum-format.md). Plain Java, no Spring, so the
 * validate command runs without starting the server. Every problem is reported as file:line: message.
 * Exposed as a named interface for the command-line entry point.
 */
@NullMarked
@NamedInterface("format")
package org.peercert.curriculum.format;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
