@NullMarked
package org.peercert.notification.ui;

import org.jspecify.annotations.NullMarked;
