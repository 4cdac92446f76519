package org.peercert.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One rendered mail in the outbox, with its delivery state. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long userId;
    private String recipient;
    private String kind;
    private String locale;
    private String subject;
    private String textBody;
    private String htmlBody;
    private @Nullable String dedupKey;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;
    private @Nullable String lastError;
    private Instant createdAt;
    private Instant nextAttemptAt;
    private @Nullable Instant claimedAt;
    private @Nullable Instant sentAt;

    @SuppressWarnings("NullAway.Init")
    protected MailMessage() {}

    MailMessage(Mail mail, RenderedMail rendered, MailStatus status, Instant now) {
        this.userId = mail.userId();
        this.recipient = mail.to();
        this.kind = mail.kind();
        this.locale = rendered.locale();
        this.subject = rendered.subject();
        this.textBody = rendered.text();
        this.htmlBody = rendered.html();
        this.dedupKey = mail.dedupKey();
        this.status = status;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public @Nullable Long getUserId() {
        return userId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getKind() {
        return kind;
    }

    public String getLocale() {
        return locale;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    void sent(Instant now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        claimedAt = null;
    }

    void failed(String error, Instant retryAt, boolean giveUp) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        status = giveUp ? MailStatus.FAILED : MailStatus.PENDING;
        nextAttemptAt = retryAt;
        claimedAt = null;
    }

    /** An admin asked to send it (again): from now on, with a fresh count of attempts. */
    void requeue(Instant now) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedAt = null;
    }

    /** A copy to send again (the original stays as the record that it was sent). */
    MailMessage copyForResend(Instant now) {
        var copy = new MailMessage();
        copy.userId = userId;
        copy.recipient = recipient;
        copy.kind = kind;
        copy.locale = locale;
        copy.subject = subject;
        copy.textBody = textBody;
        copy.htmlBody = htmlBody;
        copy.status = MailStatus.PENDING;
        copy.createdAt = now;
        copy.nextAttemptAt = now;
        return copy;
    }
}
