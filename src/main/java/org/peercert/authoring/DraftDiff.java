package org.peercert.authoring;

import java.util.List;

/** What a draft changes against the published version it started from. */
public record DraftDiff(List<Change> files, List<Change> questions) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** {@code name}: the file path, or the question id; {@code path}: the file it is (or was) in. */
    public record Change(String name, String path, Kind kind) {}
}
