package org.peercert.curriculum;

import java.util.List;

/** What happened to one course folder at load time. */
public record CourseLoadOutcome(String folder, String courseKey, String version, Status status, List<String> messages) {

    public enum Status {
        /** A new version was put into the database. */
        LOADED,
        /** This version with the same content was already loaded: nothing to do. */
        UNCHANGED,
        /** Invalid files, or changed content under an already-loaded version number. */
        REJECTED
    }
}
