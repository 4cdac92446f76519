package org.peercert.curriculum;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {
    Optional<CourseVersion> findByCourseKeyAndVersion(String courseKey, String version);
}
