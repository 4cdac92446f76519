@NullMarked
package org.peercert.account.ui;

import org.jspecify.annotations.NullMarked;
