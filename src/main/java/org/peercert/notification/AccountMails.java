package org.peercert.notification;

import java.util.Map;
import org.peercert.account.AccountService;
import org.peercert.account.AddressAlreadyRegistered;
import org.peercert.account.EmailChangeRequested;
import org.peercert.account.EmailVerificationRequested;
import org.peercert.account.PasswordChanged;
import org.peercert.account.PasswordResetRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The account's security mails. They are always sent, whatever the user's email preferences. Each is
 * queued once per token (a redelivered event finds its mail already queued).
 */
@Component
class AccountMails {

    private final Outbox outbox;
    private final AccountService accounts;

    AccountMails(Outbox outbox, AccountService accounts) {
        this.outbox = outbox;
        this.accounts = accounts;
    }

    /** An account deleted before its event was handled gets no mail (and leaves none behind). */
    private void enqueue(long userId, Mail mail) {
        if (accounts.findById(userId).isPresent()) {
            outbox.enqueue(mail);
        }
    }

    @ApplicationModuleListener
    void on(EmailVerificationRequested event) {
        enqueue(event.userId(), Mail.of("verify-email", event.email(), event.locale(), Map.of("name", event.displayName(),
                "link", outbox.link("/verify-email?token=" + event.token())))
                .forUser(event.userId()).once(Digest.of(event.token())));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        enqueue(event.userId(), Mail.of("reset-password", event.email(), event.locale(), Map.of("name", event.displayName(),
                "link", outbox.link("/reset-password?token=" + event.token())))
                .forUser(event.userId()).once(Digest.of(event.token())));
    }

    @ApplicationModuleListener
    void on(EmailChangeRequested event) {
        enqueue(event.userId(), Mail.of("change-email", event.newEmail(), event.locale(), Map.of("name", event.displayName(),
                "link", outbox.link("/confirm-email?token=" + event.token())))
                .forUser(event.userId()).once(Digest.of(event.token())));
    }

    /** The owner of an address someone tried to register, or to move another account to (no token: nothing to do). */
    @ApplicationModuleListener
    void on(AddressAlreadyRegistered event) {
        String kind = event.attempt() == AddressAlreadyRegistered.Attempt.REGISTRATION ? "account-exists" : "email-in-use";
        enqueue(event.userId(), Mail.of(kind, event.email(), event.locale(), Map.of("name", event.displayName(),
                "signIn", outbox.link("/login"), "link", outbox.link("/forgot-password")))
                .forUser(event.userId()).once(event.reference()));
    }

    @ApplicationModuleListener
    void on(PasswordChanged event) {
        enqueue(event.userId(), Mail.of("password-changed", event.email(), event.locale(), Map.of("name", event.displayName(),
                "link", outbox.link("/forgot-password")))
                .forUser(event.userId()));
    }
}
