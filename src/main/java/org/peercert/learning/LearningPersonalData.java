package org.peercert.learning;

import java.util.List;
import java.util.Map;
import org.peercert.account.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A user's enrollments and the lessons they completed: exported as they are, erased on account deletion. */
@Component
class LearningPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;

    LearningPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "enrollments";
    }

    @Override
    public Object export(long userId) {
        List<Map<String, Object>> enrollments = jdbc.queryForList("""
                select e.id, c.course_key as course, v.version, e.status, e.enrolled_at, e.completed_at
                from enrollment e join course_version v on v.id = e.course_version_id join course c on c.id = v.course_id
                where e.user_id = ? order by e.id""", userId);
        for (var enrollment : enrollments) {
            enrollment.put("completedLessons", jdbc.queryForList("""
                    select l.slug as lesson, p.completed_at from lesson_progress p join lesson l on l.id = p.lesson_id
                    where p.enrollment_id = ? order by p.completed_at""", enrollment.get("id")));
        }
        return enrollments;
    }

    @Override
    public void erase(long userId) {
        jdbc.update("delete p from lesson_progress p join enrollment e on e.id = p.enrollment_id where e.user_id = ?", userId);
        jdbc.update("delete from enrollment where user_id = ?", userId);
    }
}
