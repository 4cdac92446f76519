package org.peercert.account;

/** Someone asked to reset the password of this existing account; mail {@code token} to its address. */
public record PasswordResetRequested(long userId, String email, String displayName, String locale, String token) {}
