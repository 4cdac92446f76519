package org.peercert.verification;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.peercert.certification.PdfCheckLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * At most {@code max-concurrent-checks} uploaded PDFs are checked at once, each within its budget; a further
 * one waits briefly for a slot and is otherwise refused ("busy, retry after"). Without this, a few hostile
 * files in parallel took every core and the heap from everyone else.
 */
@Component
@EnableConfigurationProperties(UploadSettings.class)
class UploadChecks {

    private final Semaphore slots;
    private final UploadSettings settings;
    private final PdfCheckLimits limits;

    UploadChecks(UploadSettings settings) {
        this.settings = settings;
        this.slots = new Semaphore(settings.maxConcurrentChecks(), true);
        this.limits = new PdfCheckLimits(settings.timeBudget(), settings.maxInflated().toBytes());
    }

    PdfCheckLimits limits() {
        return limits;
    }

    /** Runs the check in a free slot; empty when none frees up within the queue wait. */
    <T> Optional<T> run(Supplier<T> check) {
        try {
            if (!slots.tryAcquire(settings.queueWait().toNanos(), TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(check.get());
        } finally {
            slots.release();
        }
    }

    int maxConcurrentChecks() {
        return settings.maxConcurrentChecks();
    }

    /** A running check ends within its budget, so that is when to come back. */
    long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(settings.timeBudget().toMillis() / 1000.0));
    }
}
