package org.peercert;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.peercert.account.AccountSecurity;
import org.peercert.account.AccountService;
import org.peercert.notification.MailMessage;
import org.peercert.notification.Outbox;
import org.springframework.context.ApplicationContext;

/**
 * Confirms a test trainee's email the way a trainee does: follows the link of the confirmation mail that
 * registration queued in the outbox. Certificates are only issued to confirmed addresses.
 */
public final class EmailConfirmations {

    private static final Pattern TOKEN = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)");

    private EmailConfirmations() {}

    public static void confirm(ApplicationContext context, long userId) {
        var user = context.getBean(AccountService.class).findById(userId).orElseThrow();
        if (user.isEmailVerified()) {
            return;
        }
        context.getBean(AccountSecurity.class).verifyEmail(token(context, userId), null);
    }

    /** The token of the confirmation link mailed to the trainee, for a test that follows the link in a browser. */
    public static String token(ApplicationContext context, long userId) {
        var user = context.getBean(AccountService.class).findById(userId).orElseThrow();
        var outbox = context.getBean(Outbox.class);
        return await().atMost(Duration.ofSeconds(20)).until(() -> verificationToken(outbox, user.getEmail()),
                Optional::isPresent).orElseThrow();
    }

    private static Optional<String> verificationToken(Outbox outbox, String email) {
        return outbox.sentTo(email).stream().filter(m -> m.getKind().equals("verify-email")).map(MailMessage::getTextBody)
                .map(TOKEN::matcher).filter(java.util.regex.Matcher::find).map(m -> m.group(1)).findFirst();
    }
}
