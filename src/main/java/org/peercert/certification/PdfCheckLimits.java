package org.peercert.certification;

import java.time.Duration;

/**
 * What checking one uploaded PDF may cost at most: wall-clock time, and bytes inflated from its compressed
 * streams (all streams together). A file that needs more is answered {@link UploadVerdict#DAMAGED}: our own
 * certificates need a few milliseconds and well under a megabyte.
 */
public record PdfCheckLimits(Duration timeBudget, long maxInflatedBytes) {

    public static final PdfCheckLimits DEFAULTS = new PdfCheckLimits(Duration.ofSeconds(5), 16L * 1024 * 1024);

    public PdfCheckLimits {
        if (timeBudget.isNegative() || maxInflatedBytes < 0 || maxInflatedBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("time budget and inflated bytes must be positive (bytes at most 2 GB)");
        }
    }
}
