package org.peercert.cohort;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.learning.LiveAttendance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Attendance rows (present or absent per trainee per session), and learning's view of them: the sessions
 * attended on a course version across every cohort of that version the trainee belongs to.
 */
@Component
class Attendance implements LiveAttendance {

    private final JdbcTemplate jdbc;

    Attendance(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void mark(long sessionId, long userId, boolean present, long markedBy, Instant at) {
        jdbc.update("insert into attendance (session_id, user_id, present, marked_by, marked_at) values (?, ?, ?, ?, ?)"
                + " on duplicate key update present = values(present), marked_by = values(marked_by), marked_at = values(marked_at)",
                sessionId, userId, present, markedBy, Timestamp.from(at));
    }

    /** Per session id, per user id: present or absent; unmarked pairs are missing. */
    Map<Long, Map<Long, Boolean>> ofCohort(long cohortId) {
        Map<Long, Map<Long, Boolean>> marks = new HashMap<>();
        jdbc.query("select a.session_id, a.user_id, a.present from attendance a join live_session s on s.id = a.session_id"
                + " where s.cohort_id = ?", rs -> {
                    marks.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getBoolean(3));
                }, cohortId);
        return marks;
    }

    /** Per user id: sessions of the cohort attended (one aggregate query for the dashboard). */
    Map<Long, Integer> attendedCounts(long cohortId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("select a.user_id, count(*) from attendance a join live_session s on s.id = a.session_id"
                + " where s.cohort_id = ? and a.present group by a.user_id", rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }, cohortId);
        return counts;
    }

    @Override
    public Attended attended(long userId, long courseVersionId) {
        List<Attended> rows = jdbc.query("select count(*), coalesce(sum(s.duration_minutes), 0) from attendance a"
                + " join live_session s on s.id = a.session_id join cohort c on c.id = s.cohort_id"
                + " join cohort_member m on m.cohort_id = c.id and m.user_id = a.user_id"
                + " where a.user_id = ? and a.present and c.course_version_id = ?",
                (rs, i) -> new Attended(rs.getInt(1), rs.getInt(2)), userId, courseVersionId);
        return rows.isEmpty() ? Attended.NONE : rows.getFirst();
    }
}
