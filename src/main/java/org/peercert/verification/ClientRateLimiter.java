package org.peercert.verification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address: {@code burst} requests at once, refilled at {@code perMinute}.
 * Keeps enumeration of ids slow without bothering an employer checking a few certificates. Buckets of idle
 * clients expire, so memory stays bounded however many addresses call.
 * <p>
 * Each bucket is one number, the theoretical arrival time of the next request (the generic cell rate
 * algorithm, equivalent to a token bucket), updated by compare-and-set: a lock here was held by every request
 * from one address, and a thread preempted while holding it stalled all the others.
 */
@Component
public class ClientRateLimiter {

    private final Cache<String, AtomicLong> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000).build();
    /** Nanoseconds one request takes to refill, and how far ahead of now a client may have spent. */
    private final long interval;
    private final long tolerance;

    ClientRateLimiter(@Value("${peercert.verification.rate-limit.per-minute:60}") double perMinute,
            @Value("${peercert.verification.rate-limit.burst:30}") double burst) {
        this.interval = Math.max(1, Math.round(60e9 / perMinute));
        this.tolerance = Math.round(burst * 60e9 / perMinute);
    }

    /** Takes {@code cost} tokens from the client's bucket; false when the client must slow down. */
    public boolean tryAcquire(String client, int cost) {
        long now = System.nanoTime();
        AtomicLong due = buckets.get(client, k -> new AtomicLong(now));
        while (true) {
            long current = due.get();
            long next = (current - now < 0 ? now : current) + cost * interval;
            if (next - now > tolerance) {
                return false;
            }
            if (due.compareAndSet(current, next)) {
                return true;
            }
        }
    }

    /** Seconds until one more request will be allowed, for the Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(interval / 1e9));
    }

    /** Seconds until the client's bucket holds {@code cost} tokens again (a bulk request of that many ids). */
    public long retryAfterSeconds(String client, int cost) {
        long now = System.nanoTime();
        AtomicLong due = buckets.getIfPresent(client);
        long current = due == null ? now : due.get();
        long wait = (current - now < 0 ? now : current) + cost * interval - tolerance - now;
        return Math.max(1, (long) Math.ceil(wait / 1e9));
    }
}
