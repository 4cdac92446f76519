package org.peercert.certification;

/** What anyone verifying the certificate sees has changed: revoked, superseded by a reissue, the holder erased, or their badge published or withdrawn. */
public record CertificateChanged(String id) {}
