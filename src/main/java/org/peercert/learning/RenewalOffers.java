package org.peercert.learning;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether the holder of an enrollment's certificate may renew it now (certification knows; the course home
 * asks through this interface, as learning must not depend on certification).
 */
public interface RenewalOffers {

    /** The expiry date of the enrollment's current certificate when its renewal window is open. */
    Optional<LocalDate> openFor(long userId, long enrollmentId);

    /** The refresher the holder started for the enrollment's current certificate, while its window is open. */
    Optional<Long> startedRefresherFor(long userId, long enrollmentId);

    /** The id of the certificate that renewed this one of the holder's, once issued (issuing follows the refresher). */
    Optional<String> renewalOf(long userId, String certificateId);
}
