package org.peercert.curriculum;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, Long> {
    Optional<Course> findByKey(String key);
}
