package org.peercert.account;

/** The password of an account was reset; the owner is told (a security mail, always sent). */
public record PasswordChanged(long userId, String email, String displayName, String locale) {}
