package org.peercert.assessment;

import java.util.List;
import java.util.Map;
import org.peercert.account.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A user's attempts with every answer and graded item: exported in full, erased on account deletion
 * (item statistics lose these answers; they are not anonymised because answers can hold free text).
 */
@Component
class AssessmentPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;

    AssessmentPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "attempts";
    }

    @Override
    public Object export(long userId) {
        List<Map<String, Object>> attempts = jdbc.queryForList("""
                select id, course_version_id, quiz_key, purpose, number, status, started_at, submitted_at, earned, possible
                from attempt where user_id = ? order by id""", userId);
        for (var attempt : attempts) {
            attempt.put("answers", jdbc.queryForList(
                    "select question_key, answer, saved_at from attempt_answer where attempt_id = ? order by question_key",
                    attempt.get("id")));
            attempt.put("items", jdbc.queryForList(
                    "select question_key, competency_key, earned, possible from attempt_item where attempt_id = ? order by question_key",
                    attempt.get("id")));
        }
        return attempts;
    }

    @Override
    public void erase(long userId) {
        jdbc.update("delete i from attempt_item i join attempt a on a.id = i.attempt_id where a.user_id = ?", userId);
        jdbc.update("delete w from attempt_answer w join attempt a on a.id = w.attempt_id where a.user_id = ?", userId);
        jdbc.update("delete from attempt where user_id = ?", userId);
    }
}
