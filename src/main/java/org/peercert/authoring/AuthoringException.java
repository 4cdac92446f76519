package org.peercert.authoring;

/** An authoring action refused; the message is shown to the trainer as it is. */
public class AuthoringException extends RuntimeException {

    public enum Reason { NOT_FOUND, FORBIDDEN, INVALID, CONFLICT }

    private final Reason reason;

    public AuthoringException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static AuthoringException notFound(String message) {
        return new AuthoringException(Reason.NOT_FOUND, message);
    }

    static AuthoringException forbidden(String message) {
        return new AuthoringException(Reason.FORBIDDEN, message);
    }

    static AuthoringException invalid(String message) {
        return new AuthoringException(Reason.INVALID, message);
    }
}
