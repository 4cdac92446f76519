package org.peercert.practice;

import java.util.List;

/** An attempt with its practice and every saved step, in order: what a view needs to show or resume it. */
public record PracticeSession(PracticeAttemptSummary attempt, Practice practice, List<PracticeStep> steps) {}
