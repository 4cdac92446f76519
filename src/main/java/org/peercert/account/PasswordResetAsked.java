package org.peercert.account;

/**
 * A reset link was asked for this (normalized) address. Published for every address, known or not, so the
 * request does the same work either way; {@link AccountSecurity} looks the account up afterwards, off the
 * request, and only then issues a token and asks for the mail.
 */
record PasswordResetAsked(String email) {}
