package org.peercert.assessment;

import java.util.List;
import java.util.Map;

/**
 * What a trainee sees while taking an attempt: the questions as shown (no correctness) and every
 * answer saved so far.
 */
public record AttemptSheet(AttemptSummary attempt, List<PresentedQuestion> questions, Map<String, Answer> answers) {}
