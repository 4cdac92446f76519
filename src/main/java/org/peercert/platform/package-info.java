/**
 * Technical platform shared by all features: the embedded MariaDB used when no external database is
 * configured, and small SQL helpers ({@link org.peercert.platform.SqlLike}). Holds no domain logic.
 */
@NullMarked
package org.peercert.platform;

import org.jspecify.annotations.NullMarked;
