package org.peercert;

import java.util.UUID;

/** Unique test data, so tests never depend on each other or on demo accounts. */
public final class TestUsers {

    public static final String STRONG_PASSWORD = "calm river 42 stones";

    private TestUsers() {}

    public static String uniqueEmail() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }
}
