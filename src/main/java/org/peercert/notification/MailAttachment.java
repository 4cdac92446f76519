package org.peercert.notification;

/** A file sent with a mail, e.g. a certificate PDF. Stored with the queued mail until it is erased. */
public record MailAttachment(String filename, String contentType, byte[] content) {}
