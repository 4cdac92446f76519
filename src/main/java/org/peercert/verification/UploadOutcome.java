package org.peercert.verification;

/** What became of an upload: checked (with its verdict), refused unread as too large, or refused as busy. */
public sealed interface UploadOutcome {

    record Checked(UploadResult result) implements UploadOutcome {}

    record TooLarge(int maxBytes) implements UploadOutcome {}

    /** Every check slot was taken: nothing was checked, the client may try again after that many seconds. */
    record Busy(long retryAfterSeconds) implements UploadOutcome {}
}
