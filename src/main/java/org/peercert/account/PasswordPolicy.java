package org.peercert.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password strength rules, in line with current NIST guidance: length matters most, common and
 * personal passwords are refused; no forced symbol soup. Returns a message key for the UI.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "passw0rd",
            "1234567890", "12345678910", "qwertyuiop", "iloveyou12", "letmein123", "welcome123", "abc1234567",
            "peersupport", "peercert123", "changeme123", "administrator", "qwerty12345", "0987654321");

    private PasswordPolicy() {}

    /** The reason the password is too weak, as a translation key; empty when it is acceptable. */
    public static Optional<String> weakness(String password, String email, String displayName) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("register.error.password.short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("register.error.password.long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 5) {
            return Optional.of("register.error.password.common");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of("register.error.password.mix");
        }
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT) : "";
        String name = displayName.strip().toLowerCase(Locale.ROOT);
        if ((localPart.length() >= 4 && lower.contains(localPart)) || (name.length() >= 4 && lower.contains(name))) {
            return Optional.of("register.error.password.personal");
        }
        return Optional.empty();
    }
}
