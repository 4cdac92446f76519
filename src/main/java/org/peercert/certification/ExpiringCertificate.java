package org.peercert.certification;

import java.time.LocalDate;

/** A valid certificate expiring on a given day, for renewal reminders. */
public record ExpiringCertificate(String certificateId, long userId, long enrollmentId, String courseTitle, LocalDate expiresOn) {}
