package org.peercert.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.peercert.curriculum.CourseContent;
import org.peercert.curriculum.CourseStructure;
import org.peercert.curriculum.CourseStructure.ModuleInfo;
import org.peercert.learning.TraineeProgress.ModuleStanding;
import org.peercert.learning.TraineeProgress.QuizStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many trainees' progress on one course version in a fixed number of aggregate queries (enrollments,
 * lessons read, attempts, competency sums of the checks, practice runs), whatever the number of trainees:
 * a trainer's dashboard of 500 must not run the per-trainee course home 500 times. A read model over the
 * tables of learning, assessment and practice; the course rules themselves stay in {@link ProgressCalculator}
 * (the percent here counts the same steps, without the module locking order, which only the trainee needs).
 */
@Service
public class ProgressOverview {

    private final NamedParameterJdbcTemplate jdbc;
    private final CourseContent content;

    ProgressOverview(NamedParameterJdbcTemplate jdbc, CourseContent content) {
        this.jdbc = jdbc;
        this.content = content;
    }

    /** The given enrollments of the course version (others are ignored), in the order given. */
    @Transactional(readOnly = true)
    public List<TraineeProgress> of(long courseVersionId, Collection<Long> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return List.of();
        }
        CourseStructure course = content.structure(courseVersionId).orElseThrow();
        var params = new MapSqlParameterSource("version", courseVersionId).addValue("ids", enrollmentIds);
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.query("select id, user_id, status, enrolled_at from enrollment where id in (:ids) and course_version_id = :version",
                params, rs -> {
                    rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.getLong(2), "COMPLETED".equals(rs.getString(3)),
                            rs.getTimestamp(4).toInstant()));
                });
        Map<Long, Row> byUser = rows.values().stream().collect(Collectors.toMap(Row::userId, r -> r));
        if (byUser.isEmpty()) {
            return List.of();
        }
        params.addValue("users", byUser.keySet());
        jdbc.query("select enrollment_id, lesson_id, completed_at from lesson_progress where enrollment_id in (:ids)", params, rs -> {
            Row row = rows.get(rs.getLong(1));
            if (row != null) {
                row.lessons.add(rs.getLong(2));
                row.touch(rs.getTimestamp(3));
            }
        });
        Map<Check, Long> latestCheck = new HashMap<>(); // the latest submitted check per trainee and purpose
        jdbc.query("select id, user_id, quiz_key, purpose, status, earned, possible, started_at, submitted_at from attempt"
                + " where course_version_id = :version and user_id in (:users) order by number", params, rs -> {
                    Row row = byUser.get(rs.getLong(2));
                    boolean submitted = "SUBMITTED".equals(rs.getString(5));
                    row.touch(rs.getTimestamp(8));
                    row.touch(rs.getTimestamp(9));
                    String purpose = rs.getString(4);
                    if ("QUIZ".equals(purpose)) {
                        row.quizAttempted.add(rs.getString(3));
                        double possible = rs.getDouble(7);
                        if (submitted && possible > 0) {
                            row.bestQuiz.merge(rs.getString(3), rs.getDouble(6) / possible * 100, Math::max);
                        }
                    } else if (submitted) {
                        latestCheck.put(new Check(row.userId, "PRE_TEST".equals(purpose)), rs.getLong(1)); // by number: the last wins
                    }
                });
        Map<Long, Check> lastCheck = new HashMap<>();
        latestCheck.forEach((check, attemptId) -> lastCheck.put(attemptId, check));
        if (!lastCheck.isEmpty()) {
            jdbc.query("select attempt_id, competency_key, sum(earned), sum(possible) from attempt_item where attempt_id in (:attempts)"
                    + " group by attempt_id, competency_key", new MapSqlParameterSource("attempts", lastCheck.keySet()), rs -> {
                        Check check = lastCheck.get(rs.getLong(1));
                        Row row = byUser.get(check.userId());
                        double possible = rs.getDouble(4);
                        double percent = possible == 0 ? 0 : Math.round(rs.getDouble(3) / possible * 1000) / 10.0;
                        (check.pre() ? row.pre : row.post).put(rs.getString(2), percent);
                    });
        }
        Map<String, List<String>> practicesByModule = new HashMap<>();
        jdbc.query("select module_key, practice_key from practice where course_version_id = :version order by position", params,
                rs -> {
                    practicesByModule.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        jdbc.query("select user_id, practice_key, status, started_at, submitted_at from practice_attempt"
                + " where course_version_id = :version and user_id in (:users)", params, rs -> {
                    Row row = byUser.get(rs.getLong(1));
                    row.touch(rs.getTimestamp(4));
                    row.touch(rs.getTimestamp(5));
                    if ("SUBMITTED".equals(rs.getString(3))) {
                        row.practicesDone.add(rs.getString(2));
                    }
                });
        return rows.values().stream().map(row -> progress(row, course, practicesByModule)).toList();
    }

    private static TraineeProgress progress(Row row, CourseStructure course, Map<String, List<String>> practicesByModule) {
        List<ModuleStanding> modules = new ArrayList<>();
        for (ModuleInfo m : course.modules()) {
            Double best = row.bestQuiz.get(m.key());
            QuizStatus quiz = best != null && best >= m.passMark() ? QuizStatus.PASSED
                    : row.quizAttempted.contains(m.key()) ? QuizStatus.ATTEMPTED : QuizStatus.NOT_STARTED;
            List<String> practices = practicesByModule.getOrDefault(m.key(), List.of());
            int lessonsRead = (int) m.lessons().stream().filter(l -> row.lessons.contains(l.id())).count();
            modules.add(new ModuleStanding(m.key(), quiz, best == null ? null : Math.round(best * 10) / 10.0,
                    (int) practices.stream().filter(row.practicesDone::contains).count(), practices.size(), lessonsRead, m.lessons().size()));
        }
        int steps = 2 + modules.size() + modules.stream().mapToInt(s -> s.lessons() + s.practices()).sum();
        int done = (row.pre.isEmpty() ? 0 : 1) + (row.post.isEmpty() ? 0 : 1) + (int) modules.stream().filter(ModuleStanding::passed).count()
                + modules.stream().mapToInt(s -> s.lessonsRead() + s.practicesDone()).sum();
        int percent = row.completed ? 100 : Math.min(99, done * 100 / steps);
        return new TraineeProgress(row.enrollmentId, row.userId, percent, row.completed, row.lastActivity, List.copyOf(modules),
                new TreeMap<>(row.pre), new TreeMap<>(row.post));
    }

    private record Check(long userId, boolean pre) {}

    /** What the queries gather for one enrollment. */
    private static final class Row {
        final long enrollmentId;
        final long userId;
        final boolean completed;
        Instant lastActivity;
        final Set<Long> lessons = new HashSet<>();
        final Set<String> quizAttempted = new HashSet<>();
        final Map<String, Double> bestQuiz = new HashMap<>();
        final Set<String> practicesDone = new HashSet<>();
        final Map<String, Double> pre = new HashMap<>();
        final Map<String, Double> post = new HashMap<>();

        Row(long enrollmentId, long userId, boolean completed, Instant enrolledAt) {
            this.enrollmentId = enrollmentId;
            this.userId = userId;
            this.completed = completed;
            this.lastActivity = enrolledAt;
        }

        long userId() {
            return userId;
        }

        void touch(Timestamp at) {
            if (at != null && at.toInstant().isAfter(lastActivity)) {
                lastActivity = at.toInstant();
            }
        }
    }
}
