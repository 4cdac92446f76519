package org.peercert.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A holder passed the refresher of {@code renewsCertificateId}; certification issues the renewal certificate.
 *
 * @param ceHours the refresher's own study time (its modules and the check), not the whole course's
 * @param checkPercent the knowledge check's percent per competency key
 */
public record RefresherCompleted(long refresherId, long userId, long courseVersionId, String renewsCertificateId,
        Instant completedAt, BigDecimal ceHours, Map<String, Double> checkPercent) {}
