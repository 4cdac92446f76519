package org.peercert.authoring;

import java.util.List;

/** Either the new version (its number and id) or the problems that kept the draft from being published. */
public record PublishOutcome(boolean published, String version, long courseVersionId, List<DraftProblem> problems) {}
