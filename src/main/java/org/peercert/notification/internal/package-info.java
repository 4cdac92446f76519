@NullMarked
package org.peercert.notification.internal;

import org.jspecify.annotations.NullMarked;
