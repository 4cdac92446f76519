package org.peercert.cohort;

/** A trainer invited {@code email} to a course; mail the link with {@code token} in {@code locale}. */
public record InvitationSent(long invitationId, String email, String locale, String courseTitle, String inviterName,
        String token) {}
