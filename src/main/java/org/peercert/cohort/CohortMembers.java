package org.peercert.cohort;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who joined a cohort (through its invitation) and with which enrollment; plain rows, no entity needed. */
@Component
class CohortMembers {

    record Member(long userId, long enrollmentId, Instant joinedAt) {}

    private final JdbcTemplate jdbc;

    CohortMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(long cohortId, long userId, long enrollmentId, Instant at) {
        jdbc.update("insert ignore into cohort_member (cohort_id, user_id, enrollment_id, joined_at) values (?, ?, ?, ?)",
                cohortId, userId, enrollmentId, Timestamp.from(at));
    }

    List<Member> of(long cohortId) {
        return jdbc.query("select user_id, enrollment_id, joined_at from cohort_member where cohort_id = ? order by joined_at, user_id",
                (rs, i) -> new Member(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()), cohortId);
    }

    boolean isMember(long cohortId, long userId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from cohort_member where cohort_id = ? and user_id = ?)",
                Boolean.class, cohortId, userId));
    }
}
