package org.peercert.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The autosave's two statements, in plain JDBC on purpose: saves are the busiest write of the app (every answer
 * change of every trainee), and a JPA transaction around them cost five round trips (autocommit off, lock, upsert,
 * commit, autocommit on) where these need two, each autocommitted, so an answer is durable when the call returns.
 */
@Component
class AnswerSaves {

    /** What a save needs to know of its attempt; all of it but {@code open} is fixed when the attempt starts. */
    record AttemptFacts(long userId, long courseVersionId, String quizKey, long seed, boolean open) {}

    private final JdbcTemplate jdbc;

    AnswerSaves(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AttemptFacts> attempt(long attemptId) {
        return jdbc.query("select user_id, course_version_id, quiz_key, seed, status from attempt where id = ?",
                (rs, row) -> new AttemptFacts(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        Attempt.Status.IN_PROGRESS.name().equals(rs.getString(5))), attemptId).stream().findFirst();
    }

    /**
     * Inserts or replaces the answer only while the attempt is open and the user's, in one statement. Its shared
     * lock on the attempt row orders it against submit's exclusive one: a save either lands before the grading
     * reads the answers or finds the attempt submitted and writes nothing. False when nothing was written.
     */
    boolean saveIfOpen(long attemptId, long userId, String questionKey, String answerJson, Instant savedAt) {
        return jdbc.update("insert into attempt_answer (attempt_id, question_key, answer, saved_at)"
                + " select a.id, ?, ?, ? from attempt a where a.id = ? and a.user_id = ? and a.status = ? lock in share mode"
                + " on duplicate key update answer = values(answer), saved_at = values(saved_at)",
                questionKey, answerJson, Timestamp.from(savedAt), attemptId, userId, Attempt.Status.IN_PROGRESS.name()) > 0;
    }
}
