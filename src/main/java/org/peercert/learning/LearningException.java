package org.peercert.learning;

/** A step the course rules do not allow (yet), or something that is not the trainee's. Nothing changed. */
public class LearningException extends RuntimeException {

    public enum Reason { NOT_FOUND, LOCKED, NOT_PUBLISHED, NOTHING_ANSWERED }

    private final Reason reason;

    public LearningException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
