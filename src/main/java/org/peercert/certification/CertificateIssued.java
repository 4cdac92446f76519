package org.peercert.certification;

/** A certificate was issued (first time or reissued); notification mails it to the holder. */
public record CertificateIssued(String certificateId, long userId, long enrollmentId) {}
