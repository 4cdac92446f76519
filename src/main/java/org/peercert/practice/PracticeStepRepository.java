package org.peercert.practice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PracticeStepRepository extends JpaRepository<PracticeStepRow, PracticeStepRow.Key> {

    @Query("select s from PracticeStepRow s where s.key.attemptId = :attemptId order by s.key.stepKey")
    List<PracticeStepRow> findByAttempt(long attemptId);

    /** Insert or replace in one statement: autosave runs on every change. */
    @Modifying
    @Query(value = "insert into practice_step (attempt_id, step_key, step_value, saved_at) values (:attemptId, :stepKey, :stepValue, :savedAt)"
            + " on duplicate key update step_value = values(step_value), saved_at = values(saved_at)", nativeQuery = true)
    void upsert(long attemptId, String stepKey, String stepValue, Instant savedAt);
}
