/**
 * Technical platform shared by all features: the embedded MariaDB used when no external database is
 * configured. Holds no domain logic.
 */
@NullMarked
package org.peercert.platform;

import org.jspecify.annotations.NullMarked;
