package org.peercert.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peercert.Mails;
import org.peercert.PeerCertTest;
import org.peercert.TestSmtp;
import org.peercert.account.AccountService;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateIssued;
import org.peercert.certification.CertificateService;
import org.peercert.certification.CertificateStatus;
import org.peercert.certification.UploadVerdict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The certificate mails: issued (PDF attached, verification link) and the 60/30/7-day expiry reminders. */
@PeerCertTest
class CertificateMailsTest {

    private static final Pattern VERIFY_LINK = Pattern.compile("http://peercert\\.test/verify/([0-9A-Z]+)");

    @Autowired ApplicationContext context;
    @Autowired GreenMail smtp;
    @Autowired CertificateService certificates;
    @Autowired CertificateMails certificateMails;
    @Autowired CertificateExpiryReminders expiryReminders;
    @Autowired AccountService accounts;
    @Autowired Outbox outbox;

    private String emailOf(long userId) {
        return accounts.findById(userId).orElseThrow().getEmail();
    }

    private List<MimeMessage> received(String to, String subjectStart) {
        return TestSmtp.to(smtp, to).stream().filter(m -> Mails.subject(m).startsWith(subjectStart)).toList();
    }

    @Test
    void issuedCertificateIsMailedWithTheSignedPdfAndAVerificationLinkThatWorks() throws Exception {
        var issued = new CertificateFixtures(context).issue("Grace Mbeki");
        String to = emailOf(issued.userId());

        MimeMessage mail = Mails.awaitMail(smtp, to, "Your certificate:");
        var details = certificates.find(issued.id()).orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Your certificate: " + details.courseTitle());
        String text = MailOutboxTest.text(mail);
        assertThat(text).contains("Hello Grace Mbeki,").contains(details.groupedId());

        // the link, followed, names this very certificate, and it is valid
        var link = VERIFY_LINK.matcher(text);
        assertThat(link.find()).isTrue();
        assertThat(certificates.find(link.group(1))).hasValueSatisfying(c -> {
            assertThat(c.id()).isEqualTo(issued.id());
            assertThat(c.status()).isEqualTo(CertificateStatus.VALID);
        });

        // the attachment is our signed PDF of this certificate
        var attachment = MailOutboxTest.attachments(mail).getFirst();
        assertThat(attachment.getFileName()).isEqualTo("peercert-certificate-" + issued.id() + ".pdf");
        var pdf = new ByteArrayOutputStream();
        attachment.getInputStream().transferTo(pdf);
        var check = certificates.checkUpload(pdf.toByteArray());
        assertThat(check.verdict()).isEqualTo(UploadVerdict.AUTHENTIC);
        assertThat(check.certificate()).isNotNull().extracting("id").isEqualTo(issued.id());
    }

    @Test
    void theSameIssuedEventDeliveredAgainSendsNoSecondMail() {
        var issued = new CertificateFixtures(context).issue("Tomas Lindqvist");
        String to = emailOf(issued.userId());
        Mails.awaitMail(smtp, to, "Your certificate:");

        certificateMails.on(new CertificateIssued(issued.id(), issued.userId(), issued.enrollmentId()));

        assertThat(outbox.sentTo(to)).filteredOn(m -> m.getKind().equals("certificate-issued")).hasSize(1);
    }

    @Test
    void holderGetsOneReminderPerThresholdAndNoneWithRemindersOff() throws Exception {
        var fixtures = new CertificateFixtures(context);
        var soon = issueExpiringIn(fixtures, "Ines Duarte", 25);
        var later = issueExpiringIn(fixtures, "Kofi Mensah", 45);
        var optedOut = issueExpiringIn(fixtures, "Lena Vogel", 5);
        var optedOutUser = accounts.findById(optedOut.userId()).orElseThrow();
        accounts.updateProfile(optedOut.userId(), optedOutUser.getDisplayName(), optedOutUser.getLocale(), false);

        expiryReminders.remindAll();
        expiryReminders.remindAll(); // a second run the same day (or on a second instance) adds nothing

        String soonTo = emailOf(soon.userId());
        String laterTo = emailOf(later.userId());
        Mails.awaitMail(smtp, soonTo, "Your certificate expires");
        Mails.awaitMail(smtp, laterTo, "Your certificate expires");
        assertThat(expiringMails(soonTo)).singleElement().satisfies(m ->
                assertThat(m.getSubject()).isEqualTo("Your certificate expires in " + daysLeft(soon.id()) + " days"));
        assertThat(MailOutboxTest.text(expiringMails(soonTo).getFirst())).contains("http://peercert.test/learn")
                .contains("http://peercert.test/profile");
        assertThat(expiringMails(laterTo)).hasSize(1);
        assertThat(outbox.sentTo(emailOf(optedOut.userId()))).noneMatch(m -> m.getKind().equals("certificate-expiring"));
    }

    private List<MimeMessage> expiringMails(String to) {
        return received(to, "Your certificate expires");
    }

    private long daysLeft(String id) {
        return ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), certificates.find(id).orElseThrow().expiresOn());
    }

    /** A certificate earned long enough ago that it expires in {@code days} days (give or take a short month). */
    private CertificateFixtures.Issued issueExpiringIn(CertificateFixtures fixtures, String name, int days) {
        var probe = certificates.find(fixtures.issue(name + " (probe)").id()).orElseThrow();
        long validityMonths = ChronoUnit.MONTHS.between(probe.issuedOn(), probe.expiresOn());
        var issuedOn = LocalDate.now(ZoneOffset.UTC).plusDays(days).minusMonths(validityMonths);
        return fixtures.issue(name, issuedOn.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
