package org.peercert.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttemptItemRepository extends JpaRepository<AttemptItem, AttemptQuestionKey> {

    @Query("select i from AttemptItem i where i.key.attemptId = :attemptId")
    List<AttemptItem> findByAttempt(long attemptId);
}
