package org.peercert.assessment;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    /** Locks the row: saves and submits of one attempt are serialised, so it is graded exactly once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.id = :id")
    Optional<Attempt> lockById(long id);

    List<Attempt> findByUserIdAndCourseVersionIdAndQuizKeyAndPurposeOrderByNumber(long userId, long courseVersionId,
            String quizKey, AttemptPurpose purpose);

    List<Attempt> findByUserIdAndCourseVersionIdOrderByNumber(long userId, long courseVersionId);
}
