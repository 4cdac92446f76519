package org.peercert.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Issues and checks single-use tokens: 256 random bits, sent only in the mail; the database keeps their
 * SHA-256, so an altered token matches nothing. A check happens in the caller's transaction and locks
 * the row, so a token is used at most once.
 */
@Component
class AccountTokens {

    private final SecureRandom random = new SecureRandom();
    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Returns the token to put in the link. */
    String issue(long userId, TokenPurpose purpose, @Nullable String newEmail) {
        String token = newSecret();
        tokens.save(new AccountToken(userId, purpose, hash(token), newEmail, clock.instant()));
        return token;
    }

    String newSecret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Uses the token, or throws {@link TokenException} saying why not. */
    AccountToken use(String token, TokenPurpose purpose, @Nullable Long signedInUserId) {
        var found = tokens.lockByHash(hash(token.strip()))
                .filter(t -> t.purpose() == purpose)
                .orElseThrow(() -> new TokenException(TokenException.Reason.INVALID));
        if (signedInUserId != null && signedInUserId != found.userId()) {
            throw new TokenException(TokenException.Reason.OTHER_USER);
        }
        if (found.used()) {
            throw new TokenException(TokenException.Reason.USED);
        }
        if (!clock.instant().isBefore(found.expiresAt())) {
            throw new TokenException(TokenException.Reason.EXPIRED);
        }
        tokens.useAll(found.userId(), purpose, clock.instant());
        found.use(clock.instant());
        return found;
    }

    /**
     * The address now belongs to {@code newOwner}: links the account was sent at its previous address, and
     * other accounts' pending moves to this address, stop working.
     */
    void addressTaken(long newOwner, String email) {
        // plain reads first: an UPDATE that matches nothing still gap-locks its index range, and sign-ups at the same
        // moment then deadlock on each other's gaps (ConcurrentRegistrationTest); a new account has nothing to expire
        Instant now = clock.instant();
        if (tokens.existsByUserIdAndUsedAtIsNullAndExpiresAtAfter(newOwner, now)) {
            tokens.expireAllOf(newOwner, now);
        }
        if (tokens.existsByNewEmailAndUsedAtIsNullAndExpiresAtAfter(email, now)) {
            tokens.expireChangesTo(email, now);
        }
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
