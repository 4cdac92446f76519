package org.peercert.certification;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate ids: 128 random bits in Crockford base32 (26 characters, no I, L, O or U, so they read aloud
 * and type without ambiguity), shown in groups of four. Unguessable: nothing public is sequential.
 */
public final class CertificateId {

    static final int LENGTH = 26;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateId() {}

    static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        var id = new StringBuilder(LENGTH);
        // 128 bits = 2 leading bits + 25 groups of 5; the first character carries the 3 top bits (0-7)
        BigInteger value = new BigInteger(1, bytes);
        for (int i = LENGTH - 1; i >= 0; i--) {
            id.append(ALPHABET.charAt(value.shiftRight(i * 5).intValue() & 31));
        }
        return id.toString();
    }

    /**
     * The canonical id from what a person typed or pasted: case, spaces and dashes ignored, and the
     * characters Crockford base32 maps (O to 0, I and L to 1). Empty when it cannot be an id.
     */
    public static Optional<String> normalize(String typed) {
        var id = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\t' || c == '\u2010' || c == '\u2013') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0 || id.length() == LENGTH) {
                return Optional.empty();
            }
            id.append(mapped);
        }
        return id.length() == LENGTH && id.charAt(0) <= '7' ? Optional.of(id.toString()) : Optional.empty();
    }

    /** For people: {@code 0ABC-DEFG-...}, groups of four. */
    public static String grouped(String id) {
        var shown = new StringBuilder();
        for (int i = 0; i < id.length(); i += 4) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(id, i, Math.min(id.length(), i + 4));
        }
        return shown.toString();
    }
}
