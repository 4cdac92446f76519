package org.peercert.notification;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mails over SMTP. Each mail is claimed with a conditional update before it is sent, so
 * with several instances on one database a mail is sent by one of them only. A failed send is retried
 * with exponential backoff ({@code retry-initial}, doubling up to {@code retry-max}) and marked FAILED
 * after {@code max-attempts} (see {@link RetrySchedule}). The only window for a duplicate is an instance dying between the SMTP
 * server accepting a mail and the SENT update; its claim is released after {@code stale-claim}. A database outage
 * in that window is no such death: the instance remembers the mail and marks it SENT when the database is back.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final MailMessageRepository messages;
    private final StoredAttachmentRepository attachments;
    private final ObjectProvider<JavaMailSender> smtp;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final RetrySchedule retries;
    private final Duration staleClaim;
    /** SMTP hand-overs by outcome (sent, failed): {@code peercert_mail_delivery_seconds_count{outcome=...}}. */
    private final Timer sends;
    private final Timer failedSends;

    OutboxSender(MailMessageRepository messages, StoredAttachmentRepository attachments, ObjectProvider<JavaMailSender> smtp,
            TransactionTemplate transaction, Clock clock,
            @Value("${peercert.mail.from}") String from,
            @Value("${peercert.mail.retry-initial:30s}") Duration retryInitial,
            @Value("${peercert.mail.retry-max:1h}") Duration retryMax,
            @Value("${peercert.mail.max-attempts:12}") int maxAttempts,
            @Value("${peercert.mail.stale-claim:10m}") Duration staleClaim, MeterRegistry meters) {
        this.sends = meters.timer("peercert.mail.delivery", "outcome", "sent");
        this.failedSends = meters.timer("peercert.mail.delivery", "outcome", "failed");
        this.messages = messages;
        this.attachments = attachments;
        this.smtp = smtp;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
        this.retries = new RetrySchedule(retryInitial, retryMax, maxAttempts);
        this.staleClaim = staleClaim;
    }

    /**
     * Mails the SMTP server accepted while the database could not record it (it went down mid-send). Their rows
     * stay claimed (SENDING, not due), so nobody sends them again; each poll records them first, once it can.
     */
    private final Set<Long> sentNotRecorded = ConcurrentHashMap.newKeySet();

    @Scheduled(fixedDelayString = "${peercert.mail.poll-interval:5s}", initialDelayString = "${peercert.mail.poll-interval:5s}")
    void sendDue() {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return; // no SMTP configured: mails stay HELD in the outbox
        }
        for (long id : sentNotRecorded) {
            try {
                recordSent(id);
            } catch (RuntimeException e) {
                log.warn("Mail {} is still not marked SENT ({}); sending nothing new until it is", id, describe(e));
                return; // the database is still away: nothing else would be recorded either
            }
            sentNotRecorded.remove(id);
        }
        transaction.executeWithoutResult(s -> messages.releaseStale(clock.instant().minus(staleClaim)));
        // drain the queue, a batch at a time: a cohort's 1,000 certificate mails go out in one run,
        // not 50 per poll interval (20 intervals, over a minute and a half at the default 5 s)
        int sent;
        do {
            sent = sendBatch(sender);
        } while (sent == BATCH);
    }

    private static final int BATCH = 50;

    /** Sends one batch of due mails; returns how many were due. */
    private int sendBatch(JavaMailSender sender) {
        var due = transaction.execute(s -> messages.dueIds(clock.instant(), Limit.of(BATCH)));
        for (long id : due == null ? java.util.List.<Long>of() : due) {
            Integer claimed = transaction.execute(s -> messages.claim(id, clock.instant()));
            if (claimed != null && claimed == 1) {
                deliver(sender, id);
            }
        }
        return due == null ? 0 : due.size();
    }

    private void deliver(JavaMailSender sender, long id) {
        var message = transaction.execute(s -> messages.findById(id).orElseThrow());
        long start = System.nanoTime();
        try {
            sender.send(mime -> {
                var helper = new MimeMessageHelper(mime, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(message.getRecipient());
                helper.setSubject(message.getSubject());
                helper.setText(message.getTextBody(), message.getHtmlBody());
                for (var attachment : attachments.findByMessageIdOrderByPosition(id)) {
                    var file = attachment.toAttachment();
                    helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
                }
                mime.setHeader("X-PeerCert-Mail-Id", Long.toString(id));
            });
            sends.record(Duration.ofNanos(System.nanoTime() - start));
        } catch (MailException | IllegalStateException e) {
            failedSends.record(Duration.ofNanos(System.nanoTime() - start));
            failed(id, e);
            return;
        }
        try {
            recordSent(id);
        } catch (RuntimeException e) {
            // sent, not yet recorded: recording it later beats the stale-claim release, which would send it again
            sentNotRecorded.add(id);
            log.warn("Mail {} was sent but could not be marked SENT ({}); marking it when the database is back", id, describe(e));
            throw e;
        }
    }

    /** A row erased meanwhile (its account's data was deleted while the mail went out) has nothing left to record. */
    private void recordSent(long id) {
        transaction.executeWithoutResult(s -> messages.findById(id).ifPresent(m -> m.sent(clock.instant())));
    }

    /** For tests: a mail the SMTP server accepted whose row could not be updated then. */
    void rememberSentNotRecorded(long id) {
        sentNotRecorded.add(id);
    }

    private void failed(long id, Exception e) {
        transaction.executeWithoutResult(s -> {
            var message = messages.findById(id).orElseThrow();
            int attempt = message.getAttempts() + 1;
            Instant retryAt = clock.instant().plus(retries.delayAfter(attempt));
            message.failed(describe(e), retryAt, retries.givesUpAfter(attempt));
            log.warn("Mail {} to {} failed (attempt {}): {}", id, message.getRecipient(), attempt, describe(e));
        });
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root != e ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
    }

}
