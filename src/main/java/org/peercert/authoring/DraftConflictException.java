package org.peercert.authoring;

import java.time.Instant;

/** A save based on a stale revision of a draft file: someone else saved it in between. */
public class DraftConflictException extends AuthoringException {

    private final String changedByName;
    private final Instant changedAt;

    public DraftConflictException(String path, String changedByName, Instant changedAt) {
        super(Reason.CONFLICT, "%s was changed by %s at %s: reload it to see their changes before saving yours"
                .formatted(path, changedByName, changedAt));
        this.changedByName = changedByName;
        this.changedAt = changedAt;
    }

    public String changedByName() {
        return changedByName;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
