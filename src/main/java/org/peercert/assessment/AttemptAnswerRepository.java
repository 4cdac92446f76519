package org.peercert.assessment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttemptAnswerRepository extends JpaRepository<AttemptAnswer, AttemptQuestionKey> {

    @Query("select a from AttemptAnswer a where a.key.attemptId = :attemptId")
    List<AttemptAnswer> findByAttempt(long attemptId);

    /** Insert or replace in one statement: autosave runs on every answer change. */
    @Modifying
    @Query(value = "insert into attempt_answer (attempt_id, question_key, answer, saved_at) values (:attemptId, :questionKey, :answer, :savedAt)"
            + " on duplicate key update answer = values(answer), saved_at = values(saved_at)", nativeQuery = true)
    void upsert(long attemptId, String questionKey, String answer, Instant savedAt);
}
