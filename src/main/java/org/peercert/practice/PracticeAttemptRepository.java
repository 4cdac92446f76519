package org.peercert.practice;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PracticeAttemptRepository extends JpaRepository<PracticeAttempt, Long> {

    /** Locks the row: steps, submit and reviews of one attempt are serialised, so it is scored once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from PracticeAttempt a where a.id = :id")
    Optional<PracticeAttempt> lockById(long id);

    List<PracticeAttempt> findByUserIdOrderById(long userId);

    List<PracticeAttempt> findByUserIdAndCourseVersionIdOrderByNumber(long userId, long courseVersionId);

    List<PracticeAttempt> findByUserIdAndCourseVersionIdAndPracticeKeyOrderByNumber(long userId, long courseVersionId, String practiceKey);
}
