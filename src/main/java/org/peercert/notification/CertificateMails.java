package org.peercert.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.peercert.account.AccountService;
import org.peercert.certification.CertificateIssued;
import org.peercert.certification.CertificateService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The "your certificate" mail: the signed PDF attached and the public verification link. Queued once per
 * certificate id (a redelivered event finds it queued); a reissue has a new id and so gets its own mail.
 */
@Component
class CertificateMails {

    private final Outbox outbox;
    private final AccountService accounts;
    private final CertificateService certificates;

    CertificateMails(Outbox outbox, AccountService accounts, CertificateService certificates) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.certificates = certificates;
    }

    @ApplicationModuleListener
    void on(CertificateIssued event) {
        var user = accounts.findById(event.userId());
        var certificate = certificates.find(event.certificateId());
        if (user.isEmpty() || certificate.isEmpty()) {
            return; // the account was deleted before the mail was queued
        }
        var details = certificate.get();
        String locale = user.get().getLocale();
        outbox.enqueue(Mail.of("certificate-issued", user.get().getEmail(), locale, Map.of(
                        "name", user.get().getDisplayName(), "course", details.courseTitle(), "version", details.courseVersion(),
                        "id", details.groupedId(), "expiresOn", longDate(details.expiresOn(), locale),
                        "link", certificates.verificationUrl(details.id()), "certificates", outbox.link("/certificates")))
                .forUser(event.userId())
                .once(details.id())
                .attach(new MailAttachment("peercert-certificate-" + details.id() + ".pdf", "application/pdf",
                        certificates.pdf(details.id()))));
    }

    static String longDate(LocalDate date, String locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(locale)));
    }
}
