package org.peercert.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestSmtp;
import org.peercert.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

@PeerCertTest
class MailOutboxTest {

    @Autowired
    Outbox outbox;

    @Autowired
    GreenMail smtp;

    private List<MimeMessage> received(String to) {
        return TestSmtp.to(smtp, to);
    }

    @Autowired
    OutboxSender sender;

    private MimeMessage awaitOne(String to) {
        await().atMost(Duration.ofSeconds(20)).until(() -> received(to).size() == 1);
        return received(to).getFirst();
    }

    @Test
    void queuedMailArrivesInTheRecipientsLanguageAsTextAndHtml() throws Exception {
        String to = TestUsers.uniqueEmail();
        outbox.enqueue(Mail.of("verify-email", to, "es", Map.of("name", "Ana <Ruiz>", "link", outbox.link("/verify-email?token=abc"))));

        MimeMessage mail = awaitOne(to);
        assertThat(mail.getSubject()).isEqualTo("Confirma tu correo electrónico en PeerCert");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@peercert.local");
        String body = GreenMailUtil.getBody(mail);
        assertThat(parts(mail, "text/plain")).singleElement().asString()
                .contains("Hola, Ana <Ruiz>:").contains("http://peercert.test/verify-email?token=abc");
        // HTML escapes what users typed
        assertThat(parts(mail, "text/html")).singleElement().asString()
                .contains("Ana &lt;Ruiz&gt;").contains("href=\"http://peercert.test/verify-email?token=abc\"")
                .contains("lang=\"es\"");
        assertThat(body).isNotBlank();
        // GreenMail has it a moment before the outbox row says so
        await().atMost(Duration.ofSeconds(5)).until(() -> outbox.sentTo(to).getFirst().getStatus() == MailStatus.SENT);
        assertThat(outbox.sentTo(to)).singleElement().satisfies(m -> {
            assertThat(m.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(m.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void aSentMailWhoseRowWasErasedBeforeItWasRecordedDoesNotStopTheOutbox() throws Exception {
        sender.rememberSentNotRecorded(Long.MAX_VALUE); // e.g. the account erased while its mail went out
        String to = TestUsers.uniqueEmail();
        outbox.enqueue(Mail.of("notice", to, "en", Map.of("title", "After", "body", "Still delivered.")));

        assertThat(awaitOne(to).getSubject()).isNotBlank();
    }

    @Test
    void unknownLanguageFallsBackToEnglish() throws Exception {
        String to = TestUsers.uniqueEmail();
        outbox.enqueue(Mail.of("verify-email", to, "fr", Map.of("name", "Zoé", "link", "x")));
        assertThat(awaitOne(to).getSubject()).isEqualTo("Confirm your email address for PeerCert");
    }

    @Test
    void attachmentIsSentWithTheMail() throws Exception {
        String to = TestUsers.uniqueEmail();
        byte[] pdf = "%PDF-1.7 test certificate".getBytes(StandardCharsets.US_ASCII);
        outbox.enqueue(Mail.of("notice", to, "en", Map.of("title", "Your document", "body", "Attached."))
                .attach(new MailAttachment("certificate.pdf", "application/pdf", pdf)));

        MimeMessage mail = awaitOne(to);
        Part attachment = attachments(mail).getFirst();
        assertThat(attachment.getFileName()).isEqualTo("certificate.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void theSameEventQueuedTwiceSendsOneMail() {
        String to = TestUsers.uniqueEmail();
        var mail = Mail.of("notice", to, "en", Map.of("title", "Once", "body", "Only once.")).once(to);
        assertThat(outbox.enqueue(mail)).isPresent();
        assertThat(outbox.enqueue(mail)).isEmpty();

        awaitOne(to);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> received(to).size() == 1);
        assertThat(outbox.sentTo(to)).hasSize(1);
    }

    @Test
    void mailsQueuedWhileSmtpIsDownAreEachDeliveredOnceWhenItIsBack() {
        List<String> recipients = List.of(TestUsers.uniqueEmail(), TestUsers.uniqueEmail(), TestUsers.uniqueEmail());
        smtp.stop();
        try {
            recipients.forEach(to -> outbox.enqueue(Mail.of("notice", to, "en", Map.of("title", "Queued", "body", "Held while down."))));
            await().atMost(Duration.ofSeconds(20)).until(() -> recipients.stream().allMatch(to -> outbox.sentTo(to).stream()
                    .allMatch(m -> m.getStatus() == MailStatus.PENDING && m.getAttempts() >= 2 && m.getLastError() != null)));
        } finally {
            smtp.start();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients.stream().allMatch(to -> received(to).size() == 1));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> recipients.stream().allMatch(to -> received(to).size() == 1));
        await().atMost(Duration.ofSeconds(5)).until(() -> recipients.stream()
                .allMatch(to -> outbox.sentTo(to).stream().allMatch(m -> m.getStatus() == MailStatus.SENT)));
        recipients.forEach(to -> assertThat(outbox.sentTo(to)).singleElement()
                .satisfies(m -> assertThat(m.getStatus()).isEqualTo(MailStatus.SENT)));
    }

    @Test
    void adminResendsASentMailAsACopy() {
        String to = TestUsers.uniqueEmail();
        long id = outbox.enqueue(Mail.of("notice", to, "en", Map.of("title", "Again", "body", "Twice on request."))).orElseThrow();
        awaitOne(to);
        await().until(() -> outbox.find(id).orElseThrow().getStatus() == MailStatus.SENT);

        long copy = outbox.resend(id);

        assertThat(copy).isNotEqualTo(id);
        await().atMost(Duration.ofSeconds(20)).until(() -> received(to).size() == 2);
        assertThat(outbox.find(id).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
    }

    static List<String> parts(Part part, String type) throws Exception {
        List<String> found = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(parts(multipart.getBodyPart(i), type));
            }
        } else if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            found.add(part.getContent().toString());
        }
        return found;
    }

    static List<Part> attachments(Part part) throws Exception {
        List<Part> found = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(attachments(multipart.getBodyPart(i)));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            found.add(part);
        }
        return found;
    }

    static String text(MimeMessage mail) throws Exception {
        return String.join("\n", parts(mail, "text/plain"));
    }
}
