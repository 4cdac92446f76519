package org.peercert.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** One file of a draft; {@code revision} is what the next save of it must name (optimistic locking). */
public record DraftFile(String path, byte[] content, long revision, String updatedByName, Instant updatedAt) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
