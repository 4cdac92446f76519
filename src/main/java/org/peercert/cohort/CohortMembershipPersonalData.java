package org.peercert.cohort;

import java.util.Map;
import org.peercert.account.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cohorts the user joined and their attendance at live sessions; cohorts a trainer ran, and attendance
 * they marked, forget who they were (the cohort stays for its trainees and co-trainers).
 */
@Component
class CohortMembershipPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;

    CohortMembershipPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "cohorts";
    }

    @Override
    public Object export(long userId) {
        return Map.of(
                "memberships", jdbc.queryForList("select c.name, c.starts_on, c.ends_on, m.joined_at from cohort_member m"
                        + " join cohort c on c.id = m.cohort_id where m.user_id = ? order by m.joined_at", userId),
                "attendance", jdbc.queryForList("select s.topic, s.starts_at_utc, s.duration_minutes, a.present from attendance a"
                        + " join live_session s on s.id = a.session_id where a.user_id = ? order by s.starts_at_utc", userId));
    }

    @Override
    public void erase(long userId) {
        jdbc.update("delete from attendance where user_id = ?", userId);
        jdbc.update("update attendance set marked_by = null where marked_by = ?", userId);
        jdbc.update("delete from cohort_member where user_id = ?", userId);
        jdbc.update("delete from cohort_trainer where user_id = ?", userId);
        jdbc.update("update cohort set created_by = null where created_by = ?", userId);
    }
}
