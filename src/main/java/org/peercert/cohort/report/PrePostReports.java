package org.peercert.cohort.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peercert.cohort.report.PrePostReport.CompetencyComparison;
import org.peercert.cohort.report.PrePostReport.Score;
import org.peercert.cohort.report.PrePostReport.TraineeScores;
import org.peercert.cohort.report.stats.PairedStatistics;
import org.peercert.curriculum.CourseContent;
import org.peercert.curriculum.CourseStructure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the pre/post report of a scope: two set-based reads (the trainees; the graded items of each trainee's
 * last pre-test and post-test, summed per competency: {@link ReportQueries#graded}, shared with the item analysis
 * when {@link ScopeReports} makes both), then the statistics per competency and overall. A
 * competency score is points earned / possible, as the trainee's results page computes it; the overall score
 * pools every instrument point.
 */
@Service
public class PrePostReports {

    private final ReportQueries queries;
    private final CourseContent content;

    PrePostReports(ReportQueries queries, CourseContent content) {
        this.queries = queries;
        this.content = content;
    }

    @Transactional(readOnly = true)
    public PrePostReport report(ReportScope scope) {
        return report(scope, queries.graded(scope, GradedAttempts.Need.LAST));
    }

    /** From a read that kept (at least) each trainee's last checks. */
    PrePostReport report(ReportScope scope, GradedAttempts graded) {
        CourseStructure course = content.structure(scope.courseVersionId())
                .orElseThrow(() -> new IllegalArgumentException("No course version " + scope.courseVersionId()));
        Map<Long, Points> byTrainee = new HashMap<>();
        graded.prePost.forEach((enrollment, points) -> byTrainee.put(enrollment, new Points(points)));
        Map<String, String> titles = new LinkedHashMap<>();
        course.competencies().forEach(c -> titles.put(c.key(), c.title()));
        byTrainee.values().forEach(p -> p.pre.keySet().forEach(k -> titles.putIfAbsent(k, k)));
        titles.keySet().retainAll(byTrainee.values().stream().flatMap(p -> p.pre.keySet().stream()).collect(Collectors.toSet()));

        List<ReportQueries.Trainee> enrolled = queries.trainees(scope);
        List<TraineeScores> trainees = new ArrayList<>();
        for (var t : enrolled) {
            Points points = byTrainee.get(t.enrollmentId());
            if (points != null && !points.pre.isEmpty()) {
                trainees.add(new TraineeScores(t.enrollmentId(), t.name(), t.email(), points.scores(titles)));
            }
        }
        List<CompetencyComparison> competencies = new ArrayList<>();
        titles.forEach((key, title) -> competencies.add(compare(key, title, trainees)));
        return new PrePostReport(scope, course.title(), course.version(), enrolled.size(), trainees.size(), competencies,
                compare(PrePostReport.OVERALL_KEY, "", trainees), trainees);
    }

    private static CompetencyComparison compare(String key, String title, List<TraineeScores> trainees) {
        List<double[]> pairs = new ArrayList<>();
        int missingPost = 0;
        for (TraineeScores t : trainees) {
            for (Score s : t.scores()) {
                if (s.competencyKey().equals(key)) {
                    if (s.post() == null) {
                        missingPost++;
                    } else {
                        pairs.add(new double[] {s.pre(), s.post()});
                    }
                }
            }
        }
        double[] pre = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] post = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return new CompetencyComparison(key, title, PairedStatistics.compare(pre, post), missingPost);
    }

    /** One trainee's points per competency in each check: {earned, possible}, in hundredths. */
    private static final class Points {
        final Map<String, long[]> pre;
        final Map<String, long[]> post;

        Points(GradedAttempts.CheckPoints points) {
            pre = points.pre.byCompetency;
            post = points.post.byCompetency;
        }

        List<Score> scores(Map<String, String> titles) {
            List<Score> scores = new ArrayList<>();
            titles.forEach((key, title) -> {
                long[] before = pre.get(key);
                if (before != null) {
                    scores.add(new Score(key, title, percent(before), post.isEmpty() ? null : percent(post.get(key))));
                }
            });
            scores.add(new Score(PrePostReport.OVERALL_KEY, "", percent(total(pre)), post.isEmpty() ? null : percent(total(post))));
            return scores;
        }

        /** A competency the post-test did not cover scores 0, as on the results page. */
        private static double percent(long @Nullable [] points) {
            return points == null || points[1] == 0 ? 0 : 100.0 * points[0] / points[1];
        }

        private static long[] total(Map<String, long[]> byCompetency) {
            return byCompetency.values().stream().reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
    }
}
