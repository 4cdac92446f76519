package org.peercert.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;

/**
 * The results page: pre to post per competency, and what to review (weak competencies with the modules
 * that teach them, and each post-test item that was missed with its right answer and explanation).
 */
public record CompetencyReport(long enrollmentId, String courseTitle, boolean completed, List<CompetencyScore> scores,
        List<Review> review, List<Missed> missed) {

    public record Review(String competencyTitle, double post, List<String> moduleTitles) {}

    /** A post-test item not fully right, as it was shown, with its grade (right answer, explanation). */
    public record Missed(PresentedQuestion question, Grade grade) {}

    /**
     * The class-average normalised gain ⟨g⟩ = (mean post − mean pre) / (100 − mean pre) over the competencies
     * (Hake's measure): unlike a mean of per-competency gains it counts a competency that fell, and one that
     * started at 100 % (whose own g is undefined). Null without scores or when every competency started at 100 %.
     */
    public @Nullable Double classAverageGain() {
        if (scores.isEmpty()) {
            return null;
        }
        double meanPre = scores.stream().mapToDouble(CompetencyScore::pre).average().orElseThrow();
        double meanPost = scores.stream().mapToDouble(CompetencyScore::post).average().orElseThrow();
        return meanPre >= 100 ? null : Math.round((meanPost - meanPre) / (100 - meanPre) * 100) / 100.0;
    }

    /** Competencies scored lower after the course than before: shown plainly, never averaged away. */
    public List<CompetencyScore> drops() {
        return scores.stream().filter(s -> s.post() < s.pre()).toList();
    }
}
