/** Renders the certificate PDF (PDF/A-2a + PDF/UA-1: tagged, embedded fonts, QR code) and signs it (PAdES). */
@NullMarked
package org.peercert.certification.pdf;

import org.jspecify.annotations.NullMarked;
