package org.peercert.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LessonProgressRepository extends JpaRepository<LessonProgress, LessonProgress.Key> {

    @Query("select p from LessonProgress p where p.key.enrollmentId = :enrollmentId")
    List<LessonProgress> findByEnrollment(long enrollmentId);
}
