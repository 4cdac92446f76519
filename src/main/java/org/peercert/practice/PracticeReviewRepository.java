package org.peercert.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PracticeReviewRepository extends JpaRepository<PracticeReview, Long> {

    List<PracticeReview> findByAttemptIdOrderById(long attemptId);

    List<PracticeReview> findByStatusOrderByCreatedAt(PracticeReview.Status status);

    /** A trainer's reviews stay (the trainee's scores depend on them) without saying who gave them. */
    @Modifying
    @Query("update PracticeReview r set r.reviewerId = null where r.reviewerId = :userId")
    void forgetReviewer(long userId);
}
