package org.peercert.account;

/**
 * Someone asked to use the address of an existing account: a new registration ({@link Attempt#REGISTRATION})
 * or another account's email change ({@link Attempt#EMAIL_CHANGE}). The visible answer was the same as for a
 * free address; the owner is told instead. {@code reference} is unique per notice (for idempotent mailing).
 */
public record AddressAlreadyRegistered(long userId, String email, String displayName, String locale, Attempt attempt,
        String reference) {

    public enum Attempt { REGISTRATION, EMAIL_CHANGE }
}
