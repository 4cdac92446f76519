package org.peercert.account;

/**
 * A user deleted their account; their personal data is erased. Modules holding data about the user
 * (e.g. certification) anonymise it when they receive this event.
 */
public record AccountDeleted(long userId) {}
