package org.peercert.notification;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A listener that failed (a database blip while issuing a certificate, a mail that could not be queued) leaves
 * its event publication FAILED, and one whose instance died mid-way leaves it PUBLISHED or PROCESSING; Spring
 * Modulith delivers those again only when an instance starts. This job does it on a running system, on one
 * instance at a time ({@link JobLock}): every failed publication is resubmitted. Modulith's staleness monitor
 * ({@code spring.modulith.events.staleness.*}) turns publications left in flight for 15 minutes into failed ones
 * (no listener here runs that long). The listeners are idempotent (mail dedup keys, one certificate per
 * enrollment), so a delivery that did happen before the failure is not repeated.
 */
@Component
class EventPublicationRetries {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationRetries.class);

    private final FailedEventPublications failed;
    private final JobLock lock;

    EventPublicationRetries(FailedEventPublications failed, JobLock lock) {
        this.failed = failed;
        this.lock = lock;
    }

    @Scheduled(fixedDelayString = "${peercert.events.retry-interval:PT10M}",
            initialDelayString = "${peercert.events.retry-interval:PT10M}")
    void run() {
        lock.runExclusively("event-publication-retries", Duration.ofMinutes(10), Duration.ofMinutes(5), this::resubmit);
    }

    void resubmit() {
        // said here, once per publication: Modulith's own lines about stale publications are INFO among a "none found"
        // every minute, which application.properties turns down to WARN
        failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> {
            log.warn("Delivering again a failed {} (published {}, {} attempts so far)", publication.getEvent().getClass().getSimpleName(),
                    publication.getPublicationDate(), publication.getCompletionAttempts());
            return true;
        }));
    }
}
