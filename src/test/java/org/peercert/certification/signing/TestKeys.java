package org.peercert.certification.signing;

import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.io.IOException;

/** Fresh development keys for tests: each call a new key pair in its own temporary directory. */
public final class TestKeys {

    private TestKeys() {}

    /** A new RSA badge key (RS256), in its own temporary directory. */
    public static BadgeSigningKey newBadgeKey() {
        try {
            return SigningKeyConfiguration.developmentBadgeKey(Files.createTempDirectory("peercert-test-key"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SigningKey newKey() {
        try {
            return SigningKeyConfiguration.developmentKey(Files.createTempDirectory("peercert-test-key"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
