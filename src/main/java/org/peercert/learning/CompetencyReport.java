package org.peercert.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The results page: pre to post per competency, and what to review (weak competencies with the modules
 * that teach them, and the explanations of post-test items that were missed).
 */
public record CompetencyReport(long enrollmentId, String courseTitle, boolean completed, List<CompetencyScore> scores,
        List<Review> review, List<String> missedExplanations) {

    public record Review(String competencyTitle, double post, List<String> moduleTitles) {}

    public @Nullable Double averageGain() {
        var gains = scores.stream().map(CompetencyScore::normalizedGain).filter(java.util.Objects::nonNull).toList();
        return gains.isEmpty() ? null : Math.round(gains.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 100) / 100.0;
    }
}
