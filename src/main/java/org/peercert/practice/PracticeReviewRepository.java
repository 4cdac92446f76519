package org.peercert.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PracticeReviewRepository extends JpaRepository<PracticeReview, Long> {

    List<PracticeReview> findByAttemptIdOrderById(long attemptId);

    List<PracticeReview> findByStatusOrderByCreatedAt(PracticeReview.Status status);

    /** Pending reviews with their attempts, of these users on this version: one query for a cohort's queue. */
    @org.springframework.data.jpa.repository.Query("select r, a from PracticeReview r join PracticeAttempt a on a.id = r.attemptId"
            + " where r.status = org.peercert.practice.PracticeReview.Status.PENDING and a.courseVersionId = :version"
            + " and a.userId in :users order by r.createdAt, r.id")
    List<Object[]> pendingOf(long version, java.util.Collection<Long> users);

    /** A trainer's reviews stay (the trainee's scores depend on them) without saying who gave them. */
    @Modifying
    @Query("update PracticeReview r set r.reviewerId = null where r.reviewerId = :userId")
    void forgetReviewer(long userId);
}
