package org.peercert.certification;

/** What anyone verifying the certificate sees has changed: revoked, superseded by a reissue, or the holder erased. */
public record CertificateChanged(String id) {}
