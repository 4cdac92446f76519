package org.peercert.account;

/** What a trainee fills in to create an account. */
public record Registration(String displayName, String email, String password, boolean acceptedTerms, String locale) {}
