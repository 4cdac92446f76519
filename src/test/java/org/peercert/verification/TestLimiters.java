package org.peercert.verification;

/** Rate limiters with small limits, for tests that show what happens past them (the shared one is generous). */
public final class TestLimiters {

    private TestLimiters() {}

    /** Allows {@code burst} requests per client, then refuses for a minute per request. */
    public static ClientRateLimiter allowing(int burst) {
        return new ClientRateLimiter(1, burst);
    }
}
