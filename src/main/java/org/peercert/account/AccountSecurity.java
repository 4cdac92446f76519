package org.peercert.account;

import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailed links: email verification, password reset, email change. Requests publish events that the
 * notification module turns into mails; following a link uses its token once.
 */
@Service
public class AccountSecurity {

    private final UserAccountRepository users;
    private final AccountTokens tokens;
    private final AccountSessions sessions;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountSecurity(UserAccountRepository users, AccountTokens tokens, AccountSessions sessions,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Sends (again) a link to confirm the user's address. */
    @Transactional
    public void requestVerification(long userId) {
        var user = users.findById(userId).orElseThrow();
        if (user.isEmailVerified()) {
            return;
        }
        String token = tokens.issue(userId, TokenPurpose.VERIFY_EMAIL, null);
        events.publishEvent(new EmailVerificationRequested(userId, user.getEmail(), user.getDisplayName(), user.getLocale(), token));
    }

    /** Confirms the address; {@code signedInUserId} (if any) must be the link's owner. */
    @Transactional
    public void verifyEmail(String token, @Nullable Long signedInUserId) {
        var used = tokens.use(token, TokenPurpose.VERIFY_EMAIL, signedInUserId);
        users.findById(used.userId()).orElseThrow().emailVerified(clock.instant());
    }

    /**
     * Starts a password reset. The caller learns nothing: for an unknown address the same token work is
     * done and nothing is stored or sent, and the method returns the same way (no user enumeration).
     */
    @Transactional
    public void requestPasswordReset(String email) {
        var user = users.findByEmail(AccountService.normalizeEmail(email));
        String token = user.isPresent() ? tokens.issue(user.get().getId(), TokenPurpose.RESET_PASSWORD, null)
                : AccountTokens.hash(tokens.newSecret()); // the same random + hash work, nothing kept
        user.ifPresent(u -> events.publishEvent(new PasswordResetRequested(u.getId(), u.getEmail(), u.getDisplayName(),
                u.getLocale(), token)));
    }

    /**
     * Sets a new password with a reset link; every session of the account ends, other reset links stop
     * working. Throws {@link TokenException} or {@link RegistrationException} (field "password").
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        var used = tokens.use(token, TokenPurpose.RESET_PASSWORD, null);
        var user = users.findById(used.userId()).orElseThrow();
        PasswordPolicy.weakness(newPassword, user.getEmail(), user.getDisplayName()).ifPresent(key -> {
            throw new RegistrationException(Map.of("password", key));
        });
        user.changePassword(passwordEncoder.encode(newPassword));
        // the link came to this address, so it is proven too
        if (!user.isEmailVerified()) {
            user.emailVerified(clock.instant());
        }
        sessions.expireAll(user.getEmail());
        events.publishEvent(new PasswordChanged(user.getId(), user.getEmail(), user.getDisplayName(), user.getLocale()));
    }

    /** Mails a confirmation link to the new address; the email changes only when it is followed. */
    @Transactional
    public void requestEmailChange(long userId, String newEmail) {
        String email = AccountService.normalizeEmail(newEmail);
        if (!AccountService.isValidEmail(email)) {
            throw new RegistrationException(Map.of("email", "register.error.email.invalid"));
        }
        if (users.existsByEmail(email)) {
            throw new RegistrationException(Map.of("email", "register.error.email.taken"));
        }
        var user = users.findById(userId).orElseThrow();
        String token = tokens.issue(userId, TokenPurpose.CHANGE_EMAIL, email);
        events.publishEvent(new EmailChangeRequested(userId, email, user.getDisplayName(), user.getLocale(), token));
    }

    /** Follows the confirmation link: the account's email becomes the new address; sessions end. */
    @Transactional
    public String confirmEmailChange(String token, @Nullable Long signedInUserId) {
        var used = tokens.use(token, TokenPurpose.CHANGE_EMAIL, signedInUserId);
        String email = java.util.Objects.requireNonNull(used.newEmail());
        if (users.existsByEmail(email)) {
            throw new RegistrationException(Map.of("email", "register.error.email.taken"));
        }
        var user = users.findById(used.userId()).orElseThrow();
        String oldEmail = user.getEmail();
        user.changeEmail(email, clock.instant());
        sessions.expireAll(oldEmail);
        return email;
    }
}
