package org.peercert.assessment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The autosave in plain JDBC on purpose: saves are the busiest write of the app (every answer change of every
 * trainee), and a JPA transaction around them cost five round trips (autocommit off, lock, upsert, commit,
 * autocommit on). A save is one autocommitted upsert, durable when the call returns; what it needs to know of its
 * attempt is read once and kept, since none of it changes after the attempt starts (the upsert itself checks that
 * the attempt is still open and the user's, so a cached entry can never let a late answer in).
 */
@Component
class AnswerSaves {

    /** What a save needs to know of its attempt, all of it fixed when the attempt starts. */
    record AttemptFacts(long userId, long courseVersionId, String quizKey, long seed) {}

    /** Open attempts being answered right now; an entry is a few dozen bytes, so 50,000 stay well under 10 MB. */
    private final Cache<Long, AttemptFacts> openAttempts = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterAccess(Duration.ofHours(3)).build();
    private final JdbcTemplate jdbc;

    AnswerSaves(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The attempt's facts, read only while it is open: a closed or unknown attempt is empty and nothing is kept. */
    Optional<AttemptFacts> openAttempt(long attemptId) {
        AttemptFacts known = openAttempts.getIfPresent(attemptId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<AttemptFacts> read = jdbc.query("select user_id, course_version_id, quiz_key, seed from attempt"
                        + " where id = ? and status = ?",
                (rs, row) -> new AttemptFacts(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)),
                attemptId, Attempt.Status.IN_PROGRESS.name()).stream().findFirst();
        read.ifPresent(facts -> openAttempts.put(attemptId, facts));
        return read;
    }

    /** Called once the attempt is submitted: its facts are no longer needed here. */
    void closed(long attemptId) {
        openAttempts.invalidate(attemptId);
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
