/**
 * The field reader shared by the curriculum format, question types and practice kinds: plain values (as parsed
 * from YAML or stored as JSON) read with every problem recorded at its path and, for files, its line. A module of
 * its own with no dependencies, so assessment, practice and curriculum all use it without a cycle.
 */
@NullMarked
package org.peercert.fields;

import org.jspecify.annotations.NullMarked;
