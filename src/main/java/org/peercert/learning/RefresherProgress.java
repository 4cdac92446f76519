package org.peercert.learning;

import java.util.List;

/**
 * Where a holder stands in a refresher: each listed module's quiz passed again (at its pass mark), then the
 * knowledge check (the course's final competency check, at its minimum percent).
 */
public record RefresherProgress(long refresherId, String certificateId, long courseVersionId, String courseTitle,
        List<ModuleStep> modules, boolean checkOpen, boolean checkPassed, boolean completed) {

    public record ModuleStep(String moduleKey, String title, boolean passed) {}
}
