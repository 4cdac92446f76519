/** The public verification pages: enter an id or upload a PDF, and one certificate's status. */
@NullMarked
package org.peercert.verification.ui;

import org.jspecify.annotations.NullMarked;
