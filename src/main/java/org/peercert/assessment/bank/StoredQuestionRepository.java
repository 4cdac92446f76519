package org.peercert.assessment.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredQuestionRepository extends JpaRepository<StoredQuestion, Long> {

    List<StoredQuestion> findByCourseVersionIdAndQuizKeyOrderByPosition(long courseVersionId, String quizKey);

    long countByCourseVersionIdAndQuizKey(long courseVersionId, String quizKey);
}
