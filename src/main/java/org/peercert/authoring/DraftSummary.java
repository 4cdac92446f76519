package org.peercert.authoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A draft in a list: which course, which published version it started from (null for a new course), last change. */
public record DraftSummary(long id, String courseKey, String title, @Nullable String basedOnVersion,
        String updatedByName, Instant updatedAt) {}
