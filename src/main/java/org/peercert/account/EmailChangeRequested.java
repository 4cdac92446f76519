package org.peercert.account;

/** The user asked to change their email: mail {@code token} to the NEW address to confirm it. */
public record EmailChangeRequested(long userId, String newEmail, String displayName, String locale, String token) {}
