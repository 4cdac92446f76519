package org.peercert.certification.pdf;

import com.itextpdf.kernel.exceptions.MemoryLimitsAwareException;
import org.peercert.certification.PdfCheckLimits;

/**
 * The time and inflated bytes one check may still spend. Spending past either throws {@link Exceeded}, which
 * iText treats like its own memory limits: fatal, never "repaired" around by re-reading the file.
 */
final class CheckBudget {

    private final long deadline;
    private final long maxInflatedBytes;
    private long inflatedBytes;
    private volatile boolean exceeded;

    CheckBudget(PdfCheckLimits limits) {
        this.deadline = System.nanoTime() + limits.timeBudget().toNanos();
        this.maxInflatedBytes = limits.maxInflatedBytes();
    }

    int maxInflatedBytes() {
        return (int) maxInflatedBytes;
    }

    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw exceed("the check ran out of time");
        }
    }

    void inflated(int bytes) {
        inflatedBytes += bytes;
        if (inflatedBytes > maxInflatedBytes) {
            throw exceed("its streams inflate to more than " + maxInflatedBytes + " bytes");
        }
        checkTime();
    }

    /** True once a limit was hit, even if a lenient parser caught the exception and carried on. */
    boolean exceeded() {
        return exceeded;
    }

    private Exceeded exceed(String why) {
        exceeded = true;
        return new Exceeded(why);
    }

    static final class Exceeded extends MemoryLimitsAwareException {
        Exceeded(String message) {
            super(message);
        }
    }
}
