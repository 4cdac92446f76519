package org.peercert.notification;

/** Where a queued mail is. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Claimed by one instance's sender right now; no other instance picks it up. */
    SENDING,
    SENT,
    /** Gave up after the configured number of attempts; an admin can resend it. */
    FAILED,
    /** No SMTP server is configured: kept for admins to read, sent only if an admin resends it later. */
    HELD
}
