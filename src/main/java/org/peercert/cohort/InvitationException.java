package org.peercert.cohort;

import java.util.Locale;

/** An invitation link was refused; {@link #messageKey()} says why in the UI's language. */
public class InvitationException extends RuntimeException {

    public enum Reason { INVALID, EXPIRED, USED, NO_COURSE }

    private final Reason reason;

    public InvitationException(Reason reason) {
        super("Invitation refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "invitation.error." + reason.name().toLowerCase(Locale.ROOT);
    }
}
