package org.peercert.cohort.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
 * benchmark). Only submitted attempts count; an attempt in progress has no grades yet. The graded items are read once
 * for both reports ({@link #graded}); the 800,000 rows of the benchmark cost more to send and decode than to compute.
 */
@Component
class ReportQueries {

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

    /** "This attempt is its trainee's first submitted at its test": the item analysis reads these (Moodle's default). */
    private static final String FIRST_SUBMITTED = """
                a.number = (SELECT MIN(f.number) FROM attempt f WHERE f.user_id = a.user_id
                        AND f.course_version_id = a.course_version_id AND f.quiz_key = a.quiz_key
                        AND f.purpose = a.purpose AND f.status = 'SUBMITTED')""";

    /** "This attempt is its trainee's last submitted pre-test or post-test": the pre/post report reads these (as the results page). */
    private static final String LAST_CHECK = """
                a.quiz_key = :instrument AND a.purpose IN ('PRE_TEST', 'POST_TEST')
                  AND a.number = (SELECT MAX(l.number) FROM attempt l WHERE l.user_id = a.user_id
                        AND l.course_version_id = a.course_version_id AND l.quiz_key = a.quiz_key
                        AND l.purpose = a.purpose AND l.status = 'SUBMITTED')""";

    private static final String SUBMITTED_IN_SCOPE = """
                FROM enrollment e
                JOIN attempt a ON a.user_id = e.user_id AND a.course_version_id = e.course_version_id
                """;

    /** The scope's submitted attempts, each flagged first-at-its-test and last-check (a few rows per trainee). */
    static final String ANALYSED_ATTEMPTS = "SELECT a.id, e.id, a.quiz_key, a.purpose, " + FIRST_SUBMITTED + ", " + LAST_CHECK
            + "\n" + SUBMITTED_IN_SCOPE + "WHERE" + SCOPE + "AND a.status = 'SUBMITTED'";

    /**
     * The graded items of the attempts either report might need, read once for both; the caller keeps those of the
     * attempts {@link #ANALYSED_ATTEMPTS} flagged (repeating those flags here made MariaDB evaluate two dependent
     * subqueries per item row). Retakes of a check are read and dropped: rare, and cheaper than the subqueries. Points as
     * integer hundredths (the column is DECIMAL(8, 2)): the driver parses a short integer instead of decimal text.
     * Summed by the caller: a GROUP BY here made MariaDB sort 800,000 rows through a temporary table, 10× slower
     * (docs/benchmarks.md).
     */
    static final String ANALYSED_ITEMS = """
                SELECT i.attempt_id, i.question_key, i.competency_key, CAST(i.earned * 100 AS SIGNED), CAST(i.possible * 100 AS SIGNED),
                       i.responses
                """ + SUBMITTED_IN_SCOPE + """
                JOIN attempt_item i ON i.attempt_id = a.id
                WHERE""" + SCOPE + """
                AND a.status = 'SUBMITTED'
                  AND (:firsts OR (a.quiz_key = :instrument AND a.purpose IN ('PRE_TEST', 'POST_TEST')))
                """;

    /**
     * One read for both reports (or either): first the attempts with their flags, then their items, each item sent
     * where it belongs. Both statements run in the caller's read-only transaction, so they see the same snapshot.
     * An item's strings are decoded only if a report needs them (the driver parses a column when it is asked for).
     */
    GradedAttempts graded(ReportScope scope, GradedAttempts.Need need) {
        GradedAttempts graded = new GradedAttempts();
        Map<Long, GradedAttempts.Attempt> attempts = new HashMap<>();
        MapSqlParameterSource params = params(scope).addValue("firsts", need.firsts()).addValue("lasts", need.lasts());
        Map<String, AttemptPurpose> purposes = new HashMap<>();
        jdbc.query(ANALYSED_ATTEMPTS, params, (RowCallbackHandler) rs -> {
            var attempt = graded.attempt(rs.getLong(1), rs.getLong(2), rs.getString(3), purposes.computeIfAbsent(rs.getString(4), AttemptPurpose::valueOf),
                    need.firsts() && rs.getBoolean(5), need.lasts() && rs.getBoolean(6));
            if (attempt != null) {
                attempts.put(rs.getLong(1), attempt);
            }
        });
        jdbc.query(ANALYSED_ITEMS, params, new RowCallbackHandler() {
            private long currentId = -1;
            private GradedAttempts.@Nullable Attempt current;

            @Override
            public void processRow(ResultSet rs) throws SQLException {
                long id = rs.getLong(1);
                if (id != currentId) { // an attempt's items arrive together (by the primary key): one map look-up each
                    currentId = id;
                    current = attempts.get(id);
                }
                if (current == null) {
                    return; // submitted after the first statement's snapshot: not possible in one transaction, but harmless
                }
                long earned = rs.getLong(4);
                long possible = rs.getLong(5);
                if (current.analysed()) {
                    current.mark(rs.getString(2), earned, possible, rs.getString(6));
                }
                if (current.checked()) {
                    current.points(rs.getString(3), earned, possible);
                }
            }
        });
        return graded;
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
                  AND EXISTS (SELECT 1 FROM attempt_item x WHERE x.attempt_id = a.id AND x.responses IS NULL)
                """;

    /**
     * The saved answers of the first attempts graded before their chosen options were recorded (V24), for the option
     * distribution: none once every such attempt is newer.
     */
    void unrecordedFirstAttemptAnswers(ReportScope scope, java.util.function.Consumer<SavedAnswer> sink) {
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
