package org.peercert.account;

/** The user switched whether employers verifying their certificates may see their competency scores. */
public record ScoresVisibilityChanged(long userId, boolean scoresPublic) {}
