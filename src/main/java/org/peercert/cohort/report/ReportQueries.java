package org.peercert.cohort.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.QuestionBank;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports' reads: set-based SQL over the stored item grades ({@code attempt}, {@code attempt_item}) and
 * enrollments, one statement per report whatever the number of trainees. A read model over other modules'
 * tables on purpose: going through their per-trainee APIs would be one query per trainee (10,000 in the
 * benchmark). Only submitted attempts count; an attempt in progress has no grades yet.
 */
@Component
class ReportQueries {

    /** A trainee's points on one item of one check (the last submitted, as the results page uses). */
    record CompetencyPoints(long enrollmentId, AttemptPurpose purpose, String competencyKey, double earned, double possible) {}

    /** One graded item of an analysed attempt. */
    record ItemMark(long attemptId, String quizKey, AttemptPurpose purpose, String questionKey, double earned, double possible) {}

    record Trainee(long enrollmentId, String name, String email) {}

    private static final String SCOPE = " e.course_version_id = :version AND (:everyone OR e.id IN (:ids)) ";

    private final NamedParameterJdbcTemplate jdbc;

    ReportQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Trainee> trainees(ReportScope scope) {
        return jdbc.query("SELECT e.id, u.display_name, u.email FROM enrollment e JOIN app_user u ON u.id = e.user_id WHERE"
                + SCOPE + "ORDER BY e.id", params(scope), (rs, i) -> new Trainee(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /**
     * Per trainee and check, the graded items of the last submitted pre-test and post-test. Summed per competency
     * by the caller: a GROUP BY here made MariaDB sort 800,000 rows through a temporary table, 10× slower than
     * streaming them (docs/benchmarks.md).
     */
    static final String COMPETENCY_POINTS = """
                SELECT e.id, a.purpose, i.competency_key, i.earned, i.possible
                FROM enrollment e
                JOIN attempt a ON a.user_id = e.user_id AND a.course_version_id = e.course_version_id
                JOIN attempt_item i ON i.attempt_id = a.id
                WHERE""" + SCOPE + """
                  AND a.quiz_key = :instrument AND a.purpose IN ('PRE_TEST', 'POST_TEST') AND a.status = 'SUBMITTED'
                  AND a.number = (SELECT MAX(l.number) FROM attempt l WHERE l.user_id = a.user_id
                        AND l.course_version_id = a.course_version_id AND l.quiz_key = a.quiz_key
                        AND l.purpose = a.purpose AND l.status = 'SUBMITTED')
                """;

    void competencyPoints(ReportScope scope, java.util.function.Consumer<CompetencyPoints> sink) {
        jdbc.query(COMPETENCY_POINTS, params(scope), (RowCallbackHandler) rs -> sink.accept(new CompetencyPoints(
                rs.getLong(1), "PRE_TEST".equals(rs.getString(2)) ? AttemptPurpose.PRE_TEST : AttemptPurpose.POST_TEST,
                rs.getString(3), rs.getDouble(4), rs.getDouble(5))));
    }

    /**
     * Item grades of each trainee's first submitted attempt at each quiz and at each check: Moodle's default
     * "first attempt" view, so a retake after seeing the feedback does not flatter an item.
     */
    static final String FIRST_ATTEMPT_ITEMS = """
                SELECT a.id, a.quiz_key, a.purpose, i.question_key, i.earned, i.possible
                FROM enrollment e
                JOIN attempt a ON a.user_id = e.user_id AND a.course_version_id = e.course_version_id
                JOIN attempt_item i ON i.attempt_id = a.id
                WHERE""" + SCOPE + """
                  AND a.status = 'SUBMITTED'
                  AND a.number = (SELECT MIN(f.number) FROM attempt f WHERE f.user_id = a.user_id
                        AND f.course_version_id = a.course_version_id AND f.quiz_key = a.quiz_key
                        AND f.purpose = a.purpose AND f.status = 'SUBMITTED')
                """;

    void firstAttemptItems(ReportScope scope, java.util.function.Consumer<ItemMark> sink) {
        Map<String, AttemptPurpose> purposes = new HashMap<>();
        jdbc.query(FIRST_ATTEMPT_ITEMS, params(scope), (RowCallbackHandler) rs -> sink.accept(new ItemMark(rs.getLong(1), rs.getString(2),
                purposes.computeIfAbsent(rs.getString(3), AttemptPurpose::valueOf), rs.getString(4), rs.getDouble(5), rs.getDouble(6))));
    }

    /** A saved answer of an analysed attempt, with the attempt's seed (it decides the order choices were shown in). */
    record SavedAnswer(long attemptId, String quizKey, AttemptPurpose purpose, long seed, String questionKey, String json) {}

    static final String FIRST_ATTEMPT_ANSWERS = """
                SELECT a.id, a.quiz_key, a.purpose, a.seed, w.question_key, w.answer
                FROM enrollment e
                JOIN attempt a ON a.user_id = e.user_id AND a.course_version_id = e.course_version_id
                JOIN attempt_answer w ON w.attempt_id = a.id
                WHERE""" + SCOPE + """
                  AND a.status = 'SUBMITTED'
                  AND a.number = (SELECT MIN(f.number) FROM attempt f WHERE f.user_id = a.user_id
                        AND f.course_version_id = a.course_version_id AND f.quiz_key = a.quiz_key
                        AND f.purpose = a.purpose AND f.status = 'SUBMITTED')
                """;

    /** The answers of the same first attempts as {@link #firstAttemptItems}, for the option distribution. */
    void firstAttemptAnswers(ReportScope scope, java.util.function.Consumer<SavedAnswer> sink) {
        Map<String, AttemptPurpose> purposes = new HashMap<>();
        jdbc.query(FIRST_ATTEMPT_ANSWERS, params(scope), (RowCallbackHandler) rs -> sink.accept(new SavedAnswer(rs.getLong(1),
                rs.getString(2), purposes.computeIfAbsent(rs.getString(3), AttemptPurpose::valueOf), rs.getLong(4),
                rs.getString(5), rs.getString(6))));
    }

    /**
     * The course's other versions, per test ({@code quizKey/PURPOSE}) and question id: first-attempt count and facility (points earned /
     * possible, in %) over everyone on that version. Question ids are stable across versions, so this follows an
     * item through revisions of the course.
     */
    Map<String, Map<String, List<ItemAnalysis.OtherVersion>>> otherVersions(long courseVersionId) {
        String sql = """
                SELECT CONCAT(a.quiz_key, '/', a.purpose), i.question_key, v.version, COUNT(*), 100 * SUM(i.earned) / SUM(i.possible)
                FROM course_version v
                JOIN attempt a ON a.course_version_id = v.id
                JOIN attempt_item i ON i.attempt_id = a.id
                WHERE v.course_id = (SELECT course_id FROM course_version WHERE id = :version) AND v.id <> :version
                  AND a.status = 'SUBMITTED'
                  AND a.number = (SELECT MIN(f.number) FROM attempt f WHERE f.user_id = a.user_id
                        AND f.course_version_id = a.course_version_id AND f.quiz_key = a.quiz_key
                        AND f.purpose = a.purpose AND f.status = 'SUBMITTED')
                GROUP BY v.id, v.version, a.quiz_key, a.purpose, i.question_key
                HAVING SUM(i.possible) > 0
                ORDER BY v.id
                """;
        Map<String, Map<String, List<ItemAnalysis.OtherVersion>>> byQuiz = new HashMap<>();
        jdbc.query(sql, new MapSqlParameterSource("version", courseVersionId), (RowCallbackHandler) rs -> byQuiz
                .computeIfAbsent(rs.getString(1), q -> new HashMap<>())
                .computeIfAbsent(rs.getString(2), q -> new java.util.ArrayList<>())
                .add(new ItemAnalysis.OtherVersion(rs.getString(3), rs.getInt(4), rs.getDouble(5))));
        return byQuiz;
    }

    static MapSqlParameterSource params(ReportScope scope) {
        var ids = scope.enrollmentIds();
        return new MapSqlParameterSource("version", scope.courseVersionId())
                .addValue("instrument", QuestionBank.INSTRUMENT)
                .addValue("everyone", ids == null)
                // IN () is not SQL: an empty cohort matches the impossible id -1
                .addValue("ids", ids == null || ids.isEmpty() ? List.of(-1L) : ids);
    }
}
