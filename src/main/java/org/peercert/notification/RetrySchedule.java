package org.peercert.notification;

import java.time.Duration;

/**
 * When a mail the SMTP server refused is tried again: after 1×, 2×, 4×… the initial delay, never more than the
 * maximum, until {@code maxAttempts} have failed. Its {@link #patience()} is the longest SMTP outage that loses
 * no mail; the defaults (30 s doubling to 1 h, 12 attempts) wait about
 * 5 hours; after that the mail is FAILED and an admin can send it again from the outbox.
 */
record RetrySchedule(Duration initial, Duration max, int maxAttempts) {

    RetrySchedule {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("peercert.mail.retry-initial must be positive, retry-max at least as long"
                    + " and max-attempts at least 1: " + initial + ", " + max + ", " + maxAttempts);
        }
    }

    /** The wait after the given failed attempt (1 for the first). */
    Duration delayAfter(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration delay = initial.multipliedBy(factor);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    boolean givesUpAfter(int attempt) {
        return attempt >= maxAttempts;
    }

    /** From the first failed attempt to the last one. */
    Duration patience() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            total = total.plus(delayAfter(attempt));
        }
        return total;
    }
}
