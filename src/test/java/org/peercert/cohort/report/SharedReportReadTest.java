package org.peercert.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.cohort.report.ItemAnalysis.TestAnalysis;
import org.peercert.cohort.report.PrePostReport.Score;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The report page's one read for both reports gives what the two separate reads gave before it: checked against
 * each report on its own and against the previous queries (kept here verbatim as the reference), on a cohort where
 * first and last attempts differ and a post-test is missing.
 */
@PeerCertTest
class SharedReportReadTest {

    /** The pre/post report's read before the shared one: the last submitted pre-test and post-test. */
    private static final String PREVIOUS_COMPETENCY_POINTS = """
            SELECT e.id, a.purpose, i.competency_key, i.earned, i.possible
            FROM enrollment e
            JOIN attempt a ON a.user_id = e.user_id AND a.course_version_id = e.course_version_id
            JOIN attempt_item i ON i.attempt_id = a.id
            WHERE e.course_version_id = :version AND e.id IN (:ids)
              AND a.quiz_key = '_instrument' AND a.purpose IN ('PRE_TEST', 'POST_TEST') AND a.status = 'SUBMITTED'
              AND a.number = (SELECT MAX(l.number) FROM attempt l WHERE l.user_id = a.user_id
                    AND l.course_version_id = a.course_version_id AND l.quiz_key = a.quiz_key
                    AND l.purpose = a.purpose AND l.status = 'SUBMITTED')
            """;

    /** The item analysis's read before the shared one: the first submitted attempt at each test. */
    private static final String PREVIOUS_FIRST_ATTEMPT_ITEMS = """
            SELECT a.quiz_key, a.purpose, i.question_key, i.earned, i.possible
            FROM enrollment e
            JOIN attempt a ON a.user_id = e.user_id AND a.course_version_id = e.course_version_id
            JOIN attempt_item i ON i.attempt_id = a.id
            WHERE e.course_version_id = :version AND e.id IN (:ids) AND a.status = 'SUBMITTED'
              AND a.number = (SELECT MIN(f.number) FROM attempt f WHERE f.user_id = a.user_id
                    AND f.course_version_id = a.course_version_id AND f.quiz_key = a.quiz_key
                    AND f.purpose = a.purpose AND f.status = 'SUBMITTED')
            """;

    @Autowired ScopeReports both;
    @Autowired PrePostReports reports;
    @Autowired ItemAnalyses itemAnalyses;
    @Autowired NamedParameterJdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    void oneReadForBothReportsGivesTheReportsOfTheSeparateAndThePreviousReads() {
        var fixtures = new ReportFixtures(context);
        // retook the pre-test after a weak first try: pre/post counts the retake, item analysis the first try
        var retaker = fixtures.trainee("Hal Retaker", 1, true);
        fixtures.retake(retaker, AttemptPurpose.PRE_TEST, Integer.MAX_VALUE);
        // retook the post-test worse than the first time
        var postRetaker = fixtures.trainee("Ida Postretaker", 2, true);
        fixtures.retake(postRetaker, AttemptPurpose.POST_TEST, 3);
        var noPost = fixtures.trainee("Jo Nopost", 4, false);
        var steady = fixtures.trainee("Kit Steady", 0, true);
        List<Long> ids = List.of(retaker.enrollment(), postRetaker.enrollment(), noPost.enrollment(), steady.enrollment());
        var scope = new ReportScope("Shared read", retaker.versionId(), ids);

        ScopeReports.ScopeReport report = both.of(scope);

        assertThat(report.prePost()).isEqualTo(reports.report(scope));
        assertThat(report.items()).isEqualTo(itemAnalyses.analyse(scope));
        assertThat(report.prePost().missingPost()).isEqualTo(1);
        assertThat(report.prePost().overall().stats().n()).isEqualTo(3);

        Map<String, double[]> previousPoints = previousCompetencyPoints(scope);
        for (var trainee : report.prePost().trainees()) {
            for (Score score : trainee.scores()) {
                if (!score.competencyKey().equals(PrePostReport.OVERALL_KEY)) {
                    assertThat(score.pre()).isCloseTo(percent(previousPoints.get(trainee.enrollmentId() + "/PRE_TEST/" + score.competencyKey())),
                            within(1e-9));
                    double[] post = previousPoints.get(trainee.enrollmentId() + "/POST_TEST/" + score.competencyKey());
                    if (post == null) {
                        assertThat(score.post()).isNull();
                    } else {
                        assertThat(score.post()).isCloseTo(percent(post), within(1e-9));
                    }
                }
            }
        }
        Score retakersOverall = report.prePost().trainees().stream().filter(t -> t.enrollmentId() == retaker.enrollment())
                .findFirst().orElseThrow().scores().getLast();
        assertThat(retakersOverall.pre()).isEqualTo(100); // the last pre-test, all right

        Map<String, double[]> previousItems = previousFirstAttemptItems(scope);
        assertThat(report.items().tests()).extracting(TestAnalysis::purpose)
                .containsExactly(AttemptPurpose.PRE_TEST, AttemptPurpose.POST_TEST);
        for (TestAnalysis test : report.items().tests()) {
            assertThat(test.attempts()).isEqualTo(test.purpose() == AttemptPurpose.PRE_TEST ? 4 : 3);
            assertThat(test.items()).hasSize((int) previousItems.keySet().stream().filter(k -> k.startsWith(test.purpose() + "/")).count());
            for (var item : test.items()) {
                double[] previous = previousItems.get(test.purpose() + "/" + item.questionKey());
                assertThat(item.stats().attempts()).isEqualTo((int) previous[2]);
                assertThat(item.stats().facility().get()).isCloseTo(100 * previous[0] / previous[2] / previous[1], within(1e-9));
            }
        }
        // the pre-test's second item: right only in the first tries of Ida (2 right) and Jo (4 right), not Hal's retake
        assertThat(report.items().tests().getFirst().items().get(1).stats().facility().get()).isCloseTo(50, within(1e-9));
    }

    /** "enrollment/PURPOSE/competency" to {earned, possible}. */
    private Map<String, double[]> previousCompetencyPoints(ReportScope scope) {
        Map<String, double[]> sums = new HashMap<>();
        jdbc.query(PREVIOUS_COMPETENCY_POINTS, params(scope), (RowCallbackHandler) rs -> {
            double[] sum = sums.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3), k -> new double[2]);
            sum[0] += rs.getDouble(4);
            sum[1] += rs.getDouble(5);
        });
        return sums;
    }

    /** "PURPOSE/question" to {sum earned, max possible, attempts}. */
    private Map<String, double[]> previousFirstAttemptItems(ReportScope scope) {
        Map<String, double[]> items = new HashMap<>();
        jdbc.query(PREVIOUS_FIRST_ATTEMPT_ITEMS, params(scope), (RowCallbackHandler) rs -> {
            double[] item = items.computeIfAbsent(rs.getString(2) + "/" + rs.getString(3), k -> new double[3]);
            item[0] += rs.getDouble(4);
            item[1] = Math.max(item[1], rs.getDouble(5));
            item[2]++;
        });
        return items;
    }

    private static Map<String, Object> params(ReportScope scope) {
        return Map.of("version", scope.courseVersionId(), "ids", scope.enrollmentIds());
    }

    private static double percent(double[] points) {
        return points[1] == 0 ? 0 : 100 * points[0] / points[1];
    }
}
