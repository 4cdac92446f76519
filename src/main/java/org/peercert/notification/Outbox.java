package org.peercert.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every mail is queued here, rendered, in the caller's transaction: if the caller rolls back, no mail;
 * if it commits, the mail is stored and {@link OutboxSender} delivers it. Without an SMTP server
 * ({@code spring.mail.host} unset) mails are kept as {@link MailStatus#HELD} for admins to read.
 */
@Service
public class Outbox {

    private final MailMessageRepository messages;
    private final StoredAttachmentRepository attachments;
    private final MailTemplates templates;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Clock clock;

    Outbox(MailMessageRepository messages, StoredAttachmentRepository attachments, MailTemplates templates,
            ObjectProvider<JavaMailSender> smtp, Clock clock) {
        this.messages = messages;
        this.attachments = attachments;
        this.templates = templates;
        this.smtp = smtp;
        this.clock = clock;
    }

    /**
     * Queues the mail and returns its id. A mail whose {@code dedupKey} is already queued is not queued
     * again (an event delivered twice sends one mail); then the result is empty.
     */
    @Transactional
    public Optional<Long> enqueue(Mail mail) {
        if (mail.dedupKey() != null && messages.existsByDedupKey(mail.dedupKey())) {
            return Optional.empty();
        }
        var status = smtp.getIfAvailable() == null ? MailStatus.HELD : MailStatus.PENDING;
        // a concurrent delivery with the same key fails here on the unique key and rolls back: one row stays
        var message = messages.saveAndFlush(new MailMessage(mail, templates.render(mail.kind(), mail.locale(), mail.model()),
                status, clock.instant()));
        for (int i = 0; i < mail.attachments().size(); i++) {
            attachments.save(new StoredAttachment(message.getId(), i, mail.attachments().get(i)));
        }
        return Optional.of(message.getId());
    }

    /** The absolute link for a path of this app, e.g. {@code link("/verify-email?token=...")}. */
    public String link(String path) {
        return templates.baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    @Transactional(readOnly = true)
    public List<MailMessage> latest(int count) {
        return messages.findAllByOrderByIdDesc(Limit.of(count));
    }

    @Transactional(readOnly = true)
    public List<MailMessage> sentTo(String recipient) {
        return messages.findByRecipientOrderByIdDesc(recipient);
    }

    @Transactional(readOnly = true)
    public Optional<MailMessage> find(long id) {
        return messages.findById(id);
    }

    @Transactional(readOnly = true)
    public List<MailAttachment> attachmentsOf(long id) {
        return attachments.findByMessageIdOrderByPosition(id).stream().map(StoredAttachment::toAttachment).toList();
    }

    /**
     * Sends the mail (again): a held or failed mail goes back to the queue; a sent one is queued as a new
     * copy, so the record of the first delivery stays. Returns the id of the mail that will be sent.
     */
    @Transactional
    public long resend(long id) {
        var message = messages.findById(id).orElseThrow();
        if (message.getStatus() == MailStatus.SENT) {
            var copy = messages.saveAndFlush(message.copyForResend(clock.instant()));
            attachments.findByMessageIdOrderByPosition(id).forEach(a ->
                    attachments.save(new StoredAttachment(copy.getId(), a.position(), a.toAttachment())));
            return copy.getId();
        }
        if (message.getStatus() != MailStatus.SENDING) {
            message.requeue(clock.instant());
        }
        return id;
    }
}
