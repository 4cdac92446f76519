package org.peercert.account;

/** A user should confirm their email address with {@code token} (mail it; it is valid for a few days). */
public record EmailVerificationRequested(long userId, String email, String displayName, String locale, String token) {}
