package org.peercert.verification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address: {@code burst} requests at once, refilled at {@code perMinute}.
 * Keeps enumeration of ids slow without bothering an employer checking a few certificates. Buckets of idle
 * clients expire, so memory stays bounded however many addresses call.
 */
@Component
public class ClientRateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000).build();
    private final double perNano;
    private final double burst;

    ClientRateLimiter(@Value("${peercert.verification.rate-limit.per-minute:60}") double perMinute,
            @Value("${peercert.verification.rate-limit.burst:30}") double burst) {
        this.perNano = perMinute / 60e9;
        this.burst = burst;
    }

    /** Takes {@code cost} tokens from the client's bucket; false when the client must slow down. */
    public boolean tryAcquire(String client, int cost) {
        long now = System.nanoTime();
        Bucket bucket = buckets.get(client, k -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * perNano);
            bucket.updated = now;
            if (bucket.tokens < cost) {
                return false;
            }
            bucket.tokens -= cost;
            return true;
        }
    }

    /** Seconds until one more request will be allowed, for the Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / (perNano * 1e9)));
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
