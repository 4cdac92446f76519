package org.peercert.certification;

/** What an employer learns first: can this certificate be relied on today? */
public enum CertificateStatus {
    VALID,
    EXPIRED,
    /** Withdrawn by an admin, with a reason. */
    REVOKED,
    /** Replaced by a reissued certificate (e.g. after a name correction); points to the new id. */
    SUPERSEDED
}
