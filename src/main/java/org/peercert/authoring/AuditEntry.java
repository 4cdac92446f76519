package org.peercert.authoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the authoring audit log: who did what to which draft or course, and when. */
public record AuditEntry(long actorId, String actorName, Instant at, String courseKey, @Nullable Long draftId, Action action,
        @Nullable String path, String detail) {

    public enum Action { START, SAVE, DELETE, PUBLISH, IMPORT, DISCARD, GRANT, REVOKE }
}
