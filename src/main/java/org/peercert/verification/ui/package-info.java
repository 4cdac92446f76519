/** The public verification form: enter an id or upload a PDF (one id's page is the server-rendered VerificationPage). */
@NullMarked
package org.peercert.verification.ui;

import org.jspecify.annotations.NullMarked;
