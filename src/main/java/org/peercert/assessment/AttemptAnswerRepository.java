package org.peercert.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttemptAnswerRepository extends JpaRepository<AttemptAnswer, AttemptQuestionKey> {

    @Query("select a from AttemptAnswer a where a.key.attemptId = :attemptId")
    List<AttemptAnswer> findByAttempt(long attemptId);
}
