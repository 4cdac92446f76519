package org.peercert.account;

import java.time.Duration;

/** What a mailed link may do, and how long it works. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofDays(3)),
    RESET_PASSWORD(Duration.ofMinutes(30)),
    CHANGE_EMAIL(Duration.ofDays(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
