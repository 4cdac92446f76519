@NullMarked
package org.peercert.account.dev;

import org.jspecify.annotations.NullMarked;
