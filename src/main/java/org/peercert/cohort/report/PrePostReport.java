package org.peercert.cohort.report;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peercert.cohort.report.stats.PairedComparison;

/**
 * The pre/post comparison of a scope (DESIGN.md §5): per competency and overall, over the trainees who took both
 * checks. Trainees with a pre-test and no post-test yet are counted in {@code missingPost}, not paired.
 *
 * @param enrolled enrollments in the scope
 * @param withPre of those, how many submitted the pre-test
 * @param overall each trainee's overall percent: all instrument points earned / possible
 * @param trainees one row per trainee who took the pre-test, for the CSV export
 */
public record PrePostReport(ReportScope scope, String courseTitle, String version, int enrolled, int withPre,
        List<CompetencyComparison> competencies, CompetencyComparison overall, List<TraineeScores> trainees) {

    public static final String OVERALL_KEY = "_overall";

    public PrePostReport {
        competencies = List.copyOf(competencies);
        trainees = List.copyOf(trainees);
    }

    public int missingPost() {
        return overall.missingPost();
    }

    /** @param missingPost trainees with a pre-test score on this competency and no post-test yet */
    public record CompetencyComparison(String key, String title, PairedComparison stats, int missingPost) {}

    public record TraineeScores(long enrollmentId, String name, String email, List<Score> scores) {

        public TraineeScores {
            scores = List.copyOf(scores);
        }
    }

    /** One competency (or {@link #OVERALL_KEY}) of one trainee, in percent; post is null until taken. */
    public record Score(String competencyKey, String competencyTitle, double pre, @Nullable Double post) {

        /** g = (post − pre) / (100 − pre); null without a post score or at a pre score of 100. */
        public @Nullable Double normalizedGain() {
            return post == null || pre >= 100 ? null : (post - pre) / (100 - pre);
        }
    }
}
