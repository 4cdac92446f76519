package org.peercert.account;

/**
 * The user proved they receive mail at their address (confirmation link, reset link or email change).
 * Certificates wait for this: they are issued only to a confirmed address.
 */
public record EmailConfirmed(long userId) {}
