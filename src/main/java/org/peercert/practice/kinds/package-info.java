/** The practice kinds: each reads, validates, presents and scores its own simulation. Plain Java, no Spring. */
@NullMarked
package org.peercert.practice.kinds;

import org.jspecify.annotations.NullMarked;
