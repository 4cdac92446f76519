package org.peercert.account;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peercert.account.AddressAlreadyRegistered.Attempt;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailed links: email verification, password reset, email change. Requests publish events that the
 * notification module turns into mails; following a link uses its token once. Anyone-can-ask mails are
 * limited per address and per client ({@link MailRequestLimits}), and no answer tells whether an address
 * has an account.
 */
@Service
public class AccountSecurity {

    private final UserAccountRepository users;
    private final AccountTokens tokens;
    private final AccountSessions sessions;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MailRequestLimits limits;

    AccountSecurity(UserAccountRepository users, AccountTokens tokens, AccountSessions sessions,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock, MailRequestLimits limits) {
        this.limits = limits;
        this.users = users;
        this.tokens = tokens;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends (again) a link to confirm the user's address. Returns false when the address or the client
     * already had their share of mails this hour (nothing is sent then).
     */
    @Transactional
    public boolean requestVerification(long userId, String client) {
        var user = users.findById(userId).orElseThrow();
        if (user.isEmailVerified()) {
            return true;
        }
        if (!limits.tryRequest(user.getEmail(), client)) {
            return false;
        }
        String token = tokens.issue(userId, TokenPurpose.VERIFY_EMAIL, null);
        events.publishEvent(new EmailVerificationRequested(userId, user.getEmail(), user.getDisplayName(), user.getLocale(), token));
        return true;
    }

    /** Confirms the address; {@code signedInUserId} (if any) must be the link's owner. */
    @Transactional
    public void verifyEmail(String token, @Nullable Long signedInUserId) {
        var used = tokens.use(token, TokenPurpose.VERIFY_EMAIL, signedInUserId);
        confirmed(users.findById(used.userId()).orElseThrow());
    }

    /**
     * Starts a password reset. The caller learns nothing: for every address the same steps run here (the
     * limit check and one event) and the method returns the same way; whether the address has an account
     * is looked up afterwards, off the request, in {@link #on(PasswordResetAsked)}.
     */
    @Transactional
    public void requestPasswordReset(String email, String client) {
        String address = AccountService.normalizeEmail(email);
        if (limits.tryRequest(address, client)) {
            events.publishEvent(new PasswordResetAsked(address));
        }
    }

    @ApplicationModuleListener
    void on(PasswordResetAsked asked) {
        users.findByEmail(asked.email()).ifPresent(user -> {
            String token = tokens.issue(user.getId(), TokenPurpose.RESET_PASSWORD, null);
            events.publishEvent(new PasswordResetRequested(user.getId(), user.getEmail(), user.getDisplayName(),
                    user.getLocale(), token));
        });
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
        confirmed(user);
        sessions.expireAll(user.getEmail());
        events.publishEvent(new PasswordChanged(user.getId(), user.getEmail(), user.getDisplayName(), user.getLocale()));
    }

    /**
     * Mails a confirmation link to the new address; the email changes only when it is followed. An address
     * that already has an account gets the same answer; its owner is told instead (no account enumeration).
     */
    @Transactional
    public void requestEmailChange(long userId, String newEmail, String client) {
        String email = AccountService.normalizeEmail(newEmail);
        if (!AccountService.isValidEmail(email)) {
            throw new RegistrationException(Map.of("email", "register.error.email.invalid"));
        }
        var user = users.findById(userId).orElseThrow();
        if (email.equals(user.getEmail())) {
            throw new RegistrationException(Map.of("email", "profile.change-email.same"));
        }
        if (!limits.tryRequest(email, client)) {
            throw new RegistrationException(Map.of("email", "mail.limit"));
        }
        var owner = users.findByEmail(email);
        if (owner.isPresent()) {
            noticeAddressInUse(owner.get(), Attempt.EMAIL_CHANGE);
            return;
        }
        String token = tokens.issue(userId, TokenPurpose.CHANGE_EMAIL, email);
        events.publishEvent(new EmailChangeRequested(userId, email, user.getDisplayName(), user.getLocale(), token));
    }

    /**
     * Follows the confirmation link: the account's email becomes the new address; sessions end, and every
     * other link the account was sent (to its old address) stops working.
     */
    @Transactional
    public String confirmEmailChange(String token, @Nullable Long signedInUserId) {
        var used = tokens.use(token, TokenPurpose.CHANGE_EMAIL, signedInUserId);
        String email = java.util.Objects.requireNonNull(used.newEmail());
        if (users.existsByEmail(email)) {
            throw new RegistrationException(Map.of("email", "register.error.email.taken"));
        }
        var user = users.findById(used.userId()).orElseThrow();
        String oldEmail = user.getEmail();
        boolean wasConfirmed = user.isEmailVerified();
        user.changeEmail(email, clock.instant());
        tokens.addressTaken(user.getId(), email);
        sessions.expireAll(oldEmail);
        if (!wasConfirmed) {
            events.publishEvent(new EmailConfirmed(user.getId()));
        }
        return email;
    }

    /** A new account now owns the address: links meant for whoever wanted it before stop working. */
    void addressTaken(UserAccount owner) {
        tokens.addressTaken(owner.getId(), owner.getEmail());
    }

    /** Tells the owner that someone tried to use their address (the caller has checked the mail limits). */
    void noticeAddressInUse(UserAccount owner, Attempt attempt) {
        events.publishEvent(new AddressAlreadyRegistered(owner.getId(), owner.getEmail(), owner.getDisplayName(),
                owner.getLocale(), attempt, UUID.randomUUID().toString()));
    }

    private void confirmed(UserAccount user) {
        if (!user.isEmailVerified()) {
            user.emailVerified(clock.instant());
            events.publishEvent(new EmailConfirmed(user.getId()));
        }
    }
}
