package org.peercert.assessment;

import java.util.List;
import java.util.Map;

/**
 * A submitted attempt: per-question grades with feedback (for quizzes), and the score per competency
 * in percent (for the pre/post instrument).
 */
public record AttemptResult(AttemptSummary attempt, List<Grade> grades, Map<String, Double> competencyPercent) {}
