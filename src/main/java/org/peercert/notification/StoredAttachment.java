package org.peercert.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An attachment of a queued mail. */
@Entity
@Table(name = "mail_attachment")
class StoredAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long messageId;
    private int position;
    private String filename;
    private String contentType;

    @Lob
    private byte[] content;

    @SuppressWarnings("NullAway.Init")
    protected StoredAttachment() {}

    StoredAttachment(long messageId, int position, MailAttachment attachment) {
        this.messageId = messageId;
        this.position = position;
        this.filename = attachment.filename();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    MailAttachment toAttachment() {
        return new MailAttachment(filename, contentType, content);
    }

    long messageId() {
        return messageId;
    }

    int position() {
        return position;
    }
}
