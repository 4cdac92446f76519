package org.peercert.assessment;

/** A request the attempt engine refuses; the message is safe to show to the trainee. Nothing was changed. */
public class AssessmentException extends RuntimeException {

    public enum Reason {
        /** Unknown attempt, or one that belongs to someone else (not told apart on purpose). */
        NOT_FOUND,
        /** The attempt was already submitted. */
        CLOSED,
        /** No attempts left for this quiz. */
        LIMIT_REACHED,
        /** The question is not part of this attempt. */
        UNKNOWN_QUESTION,
        /** Results are only available after submitting. */
        NOT_SUBMITTED
    }

    private final Reason reason;

    public AssessmentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
