package org.peercert.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestSmtp;
import org.peercert.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP server the outbox keeps mails as HELD: readable by admins, never sent, never lost. */
@PeerCertTest
class HeldMailTest {

    @Autowired
    MailMessageRepository messages;

    @Autowired
    StoredAttachmentRepository attachments;

    @Autowired
    MailTemplates templates;

    @Autowired
    Clock clock;

    @Autowired
    Outbox outbox;

    @Autowired
    GreenMail smtp;

    @Test
    void withoutSmtpMailsAreHeldAndAnAdminCanSendThemLater() {
        var noSmtp = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        var unconfigured = new Outbox(messages, attachments, templates, noSmtp, clock);
        String to = TestUsers.uniqueEmail();

        long id = unconfigured.enqueue(Mail.of("notice", to, "en", Map.of("title", "Held", "body", "Kept for admins."))).orElseThrow();

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> TestSmtp.to(smtp, to).isEmpty());
        var held = outbox.find(id).orElseThrow();
        assertThat(held.getStatus()).isEqualTo(MailStatus.HELD);
        assertThat(held.getTextBody()).contains("Kept for admins.");

        outbox.resend(id); // once SMTP is configured, an admin sends it

        await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.to(smtp, to).size() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> outbox.find(id).orElseThrow().getStatus() == MailStatus.SENT);
    }
}
