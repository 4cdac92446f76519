package org.peercert.cohort;

/** A cohort action refused with a reason the UI shows; {@link #messageKey()} is in the cohort bundle. */
public class CohortException extends RuntimeException {

    private final String messageKey;

    public CohortException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
