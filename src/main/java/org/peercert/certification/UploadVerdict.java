package org.peercert.certification;

/** What an uploaded file turned out to be; each gets its own message on the verification page. */
public enum UploadVerdict {
    /** Signed by our key, unaltered since signing: the certificate's current status follows. */
    AUTHENTIC,
    NOT_PDF,
    UNSIGNED,
    /** Signed, intact, but not by our key (or not one of our certificates). */
    FOREIGN_SIGNATURE,
    /** Altered after signing, or damaged. */
    TAMPERED,
    /** Unreadable within the check's limits (size once inflated, time, nesting): a hostile or broken file. */
    DAMAGED
}
