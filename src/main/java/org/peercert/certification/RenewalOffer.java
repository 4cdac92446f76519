package org.peercert.certification;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A certificate its holder may renew now: the window opened on {@code opensOn} (the course's
 * {@code renewal.opens_days_before} before expiry) and closes at expiry. {@code refresherId} once started.
 */
public record RenewalOffer(String certificateId, String courseTitle, LocalDate opensOn, LocalDate expiresOn,
        @Nullable Long refresherId) {}
