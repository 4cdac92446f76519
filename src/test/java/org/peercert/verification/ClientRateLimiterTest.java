package org.peercert.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The per-client bucket: exactly the burst passes, however many threads race for it; clients are separate. */
class ClientRateLimiterTest {

    @Test
    void racingThreadsGetExactlyTheBurst() throws Exception {
        var limiter = new ClientRateLimiter(1, 100); // one more per minute: no refill during the test
        var granted = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                pool.submit(() -> {
                    for (int i = 0; i < 1000; i++) {
                        if (limiter.tryAcquire("203.0.113.7", 1)) {
                            granted.incrementAndGet();
                        }
                    }
                });
            }
        }
        assertThat(granted).hasValue(100);
        assertThat(limiter.tryAcquire("198.51.100.1", 1)).as("another client has its own bucket").isTrue();
        assertThat(limiter.retryAfterSeconds()).isEqualTo(60);
    }

    @Test
    void aRequestCostingMoreThanIsLeftIsRefused() {
        var limiter = new ClientRateLimiter(1, 5);
        assertThat(limiter.tryAcquire("client", 4)).isTrue();
        assertThat(limiter.tryAcquire("client", 2)).isFalse();
        assertThat(limiter.tryAcquire("client", 1)).isTrue();
        assertThat(limiter.tryAcquire("client", 1)).isFalse();
    }
}
