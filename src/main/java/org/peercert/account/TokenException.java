package org.peercert.account;

/** A mailed link was refused; {@link #messageKey()} explains why in the UI's language. */
public class TokenException extends RuntimeException {

    public enum Reason {
        /** Unknown, mistyped or altered link. */
        INVALID,
        EXPIRED,
        USED,
        /** Signed in as someone else than the link was sent to. */
        OTHER_USER
    }

    private final Reason reason;

    public TokenException(Reason reason) {
        super("Link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "token.error." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
