@NullMarked
package org.peercert.account.internal;

import org.jspecify.annotations.NullMarked;
