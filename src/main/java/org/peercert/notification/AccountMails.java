package org.peercert.notification;

import java.util.Map;
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

    AccountMails(Outbox outbox) {
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(EmailVerificationRequested event) {
        outbox.enqueue(Mail.of("verify-email", event.email(), event.locale(), Map.of("name", event.displayName(),
                "link", outbox.link("/verify-email?token=" + event.token())))
                .forUser(event.userId()).once(Digest.of(event.token())));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        outbox.enqueue(Mail.of("reset-password", event.email(), event.locale(), Map.of("name", event.displayName(),
                "link", outbox.link("/reset-password?token=" + event.token())))
                .forUser(event.userId()).once(Digest.of(event.token())));
    }

    @ApplicationModuleListener
    void on(EmailChangeRequested event) {
        outbox.enqueue(Mail.of("change-email", event.newEmail(), event.locale(), Map.of("name", event.displayName(),
                "link", outbox.link("/confirm-email?token=" + event.token())))
                .forUser(event.userId()).once(Digest.of(event.token())));
    }

    @ApplicationModuleListener
    void on(PasswordChanged event) {
        outbox.enqueue(Mail.of("password-changed", event.email(), event.locale(), Map.of("name", event.displayName(),
                "link", outbox.link("/forgot-password")))
                .forUser(event.userId()));
    }
}
