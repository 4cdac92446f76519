package org.peercert.notification;

import java.util.Map;
import org.peercert.account.AccountService;
import org.peercert.cohort.InvitationSent;
import org.peercert.learning.EnrollmentCreated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails about taking part in a course: cohort invitations and the enrollment confirmation. */
@Component
class CourseMails {

    private final Outbox outbox;
    private final AccountService accounts;

    CourseMails(Outbox outbox, AccountService accounts) {
        this.outbox = outbox;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(InvitationSent event) {
        outbox.enqueue(Mail.of("invitation", event.email(), event.locale(), Map.of("course", event.courseTitle(),
                "inviter", event.inviterName(), "link", outbox.link("/invitation?token=" + event.token())))
                .once(Digest.of(event.token())));
    }

    @ApplicationModuleListener
    void on(EnrollmentCreated event) {
        accounts.findById(event.userId()).ifPresent(user -> outbox.enqueue(Mail.of("enrollment-confirmed", user.getEmail(),
                user.getLocale(), Map.of("name", user.getDisplayName(), "course", event.courseTitle(), "version", event.version(),
                        "link", outbox.link("/learn/" + event.enrollmentId())))
                .forUser(event.userId()).once(Long.toString(event.enrollmentId()))));
    }
}
