package org.peercert.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredPracticeRepository extends JpaRepository<StoredPractice, Long> {

    List<StoredPractice> findByCourseVersionIdOrderByPosition(long courseVersionId);
}
