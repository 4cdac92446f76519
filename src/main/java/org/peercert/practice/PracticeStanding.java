package org.peercert.practice;

import org.jspecify.annotations.Nullable;

/**
 * Where a trainee stands on one practice: done once an attempt has been submitted (trainer reviews
 * never hold a trainee back), the counting attempt's percent, and the open attempt to resume.
 */
public record PracticeStanding(String practiceKey, String moduleKey, String title, String kind, boolean done,
        @Nullable Double countedPercent, @Nullable Long openAttemptId) {}
