package org.peercert.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item is followed across versions of a course by its stable question id. The two versions and their attempts
 * are written straight to MariaDB inside a transaction that rolls back, so no other test sees this course.
 */
@PeerCertTest
@Transactional
class ItemAcrossVersionsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportQueries queries;

    private long version(long course, String version) {
        jdbc.update("INSERT INTO course_version (course_id, version, content_hash, title, summary, locale, ce_hours, validity_months,"
                + " module_pass_mark, post_test_required, instrument_title, instrument_instructions, loaded_at)"
                + " VALUES (?, ?, REPEAT('0', 64), 'Across', '', 'en', 1, 12, 80, TRUE, 'Check', '', NOW(6))", course, version);
        return jdbc.queryForObject("SELECT id FROM course_version WHERE course_id = ? AND version = ?", Long.class, course, version);
    }

    /** A trainee's attempts at the module quiz "m1" on a version: the first one with the given mark on "q-stable". */
    private void attempts(long version, double... marksOfEachAttempt) {
        String email = TestUsers.uniqueEmail();
        jdbc.update("INSERT INTO app_user (email, display_name, password_hash, role, locale, created_at, enabled)"
                + " VALUES (?, 'Across', '{bcrypt}unused', 'TRAINEE', 'en', NOW(6), TRUE)", email);
        long user = jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, email);
        for (int n = 0; n < marksOfEachAttempt.length; n++) {
            jdbc.update("INSERT INTO attempt (user_id, course_version_id, quiz_key, purpose, number, seed, status, started_at, submitted_at)"
                    + " VALUES (?, ?, 'm1', 'QUIZ', ?, 1, 'SUBMITTED', NOW(6), NOW(6))", user, version, n + 1);
            long attempt = jdbc.queryForObject("SELECT MAX(id) FROM attempt WHERE user_id = ?", Long.class, user);
            jdbc.update("INSERT INTO attempt_item (attempt_id, question_key, competency_key, earned, possible) VALUES (?, 'q-stable', 'c', ?, 2)",
                    attempt, marksOfEachAttempt[n]);
        }
    }

    @Test
    void otherVersionsReportTheSameQuestionIdByFirstAttempts() {
        String key = "across-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO course (course_key, title) VALUES (?, 'Across versions')", key);
        long course = jdbc.queryForObject("SELECT id FROM course WHERE course_key = ?", Long.class, key);
        long current = version(course, "2.0.0");
        long earlier = version(course, "1.0.0");
        attempts(earlier, 0, 2); // first attempt 0 of 2; the retake (2 of 2) does not count
        attempts(earlier, 2);
        attempts(current, 1);

        var history = queries.otherVersions(current).get("m1/QUIZ").get("q-stable");

        // first attempts on 1.0.0: 0 and 2 of 2 points each → (0 + 2) / (2 + 2) = 50 %
        assertThat(history).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo("1.0.0");
            assertThat(v.attempts()).isEqualTo(2);
            assertThat(v.facility()).isCloseTo(50, within(1e-9));
        });
        assertThat(queries.otherVersions(earlier).get("m1/QUIZ").get("q-stable")).singleElement()
                .satisfies(v -> assertThat(v.version()).isEqualTo("2.0.0"));
    }
}
