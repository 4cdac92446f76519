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
}
