package org.peercert.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.peercert.account.AccountService;
import org.peercert.certification.CertificateService;
import org.peercert.certification.ExpiringCertificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells holders their certificate expires in 60, 30 and 7 days, with a renewal link. Each run looks at the
 * whole next 60 days, not only the exact days, so a day the job did not run (downtime) is caught up the next
 * day; each (certificate, threshold) mail is queued once through its dedup key, and the job runs on one
 * instance ({@link JobLock}). Holders who turned reminders off get none.
 */
@Component
class CertificateExpiryReminders {

    static final List<Integer> DAYS_BEFORE = List.of(7, 30, 60);
    private static final Logger log = LoggerFactory.getLogger(CertificateExpiryReminders.class);

    private final CertificateService certificates;
    private final AccountService accounts;
    private final Outbox outbox;
    private final JobLock lock;
    private final Clock clock;

    CertificateExpiryReminders(CertificateService certificates, AccountService accounts, Outbox outbox, JobLock lock,
            Clock clock) {
        this.certificates = certificates;
        this.accounts = accounts;
        this.outbox = outbox;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(cron = "${peercert.reminders.cron}")
    void run() {
        lock.runExclusively("certificate-expiry-reminders", Duration.ofMinutes(30), Duration.ofMinutes(5), this::remindAll);
    }

    /** Queues the reminders due today; returns how many were queued. */
    int remindAll() {
        LocalDate today = LocalDate.now(clock);
        int queued = 0;
        for (ExpiringCertificate certificate : certificates.expiringBetween(today, today.plusDays(DAYS_BEFORE.getLast()))) {
            if (remind(certificate, today)) {
                queued++;
            }
        }
        log.info("Certificate expiry reminders queued: {}", queued);
        return queued;
    }

    private boolean remind(ExpiringCertificate certificate, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, certificate.expiresOn());
        int threshold = DAYS_BEFORE.stream().filter(days -> daysLeft <= days).findFirst().orElseThrow();
        var holder = accounts.findById(certificate.userId()).filter(user -> user.isRemindersEnabled());
        if (holder.isEmpty()) {
            return false;
        }
        var user = holder.get();
        return outbox.enqueue(Mail.of("certificate-expiring", user.getEmail(), user.getLocale(), Map.of(
                        "name", user.getDisplayName(), "course", certificate.courseTitle(), "id", certificate.certificateId(),
                        "days", daysLeft, "expiresOn", CertificateMails.longDate(certificate.expiresOn(), user.getLocale()),
                        "link", outbox.link("/learn"), "profile", outbox.link("/profile")))
                .forUser(certificate.userId())
                .once(certificate.certificateId() + ":" + threshold)).isPresent();
    }
}
