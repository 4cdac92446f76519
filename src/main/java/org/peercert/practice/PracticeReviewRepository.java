package org.peercert.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeReviewRepository extends JpaRepository<PracticeReview, Long> {

    List<PracticeReview> findByAttemptIdOrderById(long attemptId);

    List<PracticeReview> findByStatusOrderByCreatedAt(PracticeReview.Status status);
}
