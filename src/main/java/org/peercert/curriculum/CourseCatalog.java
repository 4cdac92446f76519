package org.peercert.curriculum;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published courses: for each course, its newest loaded version. */
@Service
public class CourseCatalog {

    private final CourseVersionRepository versions;

    CourseCatalog(CourseVersionRepository versions) {
        this.versions = versions;
    }

    public record CourseOverview(long versionId, String courseKey, String title, String version, String summary,
            BigDecimal ceHours, BigDecimal liveHours, int validityMonths, List<CompetencyOverview> competencies, List<ModuleOverview> modules) {

        /** The part of {@code ceHours} a trainee does alone in the app; the rest is live sessions. */
        public BigDecimal selfPacedHours() {
            return ceHours.subtract(liveHours);
        }


        public int totalMinutes() {
            return modules.stream().mapToInt(ModuleOverview::estimatedMinutes).sum();
        }
    }

    public record CompetencyOverview(String key, String title, String description) {}

    public record ModuleOverview(String key, String title, String summary, List<String> objectives,
            int estimatedMinutes, int lessonCount) {}

    @Transactional(readOnly = true)
    public List<CourseOverview> publishedCourses() {
        Map<String, Optional<CourseVersion>> newest = versions.findAll().stream().collect(Collectors.groupingBy(
                v -> v.getCourse().getKey(),
                Collectors.maxBy(Comparator.comparing(CourseVersion::getVersion, SemanticVersion.ORDER))));
        return newest.values().stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(CourseVersion::getTitle))
                .map(CourseCatalog::overview)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CourseOverview> publishedCourse(String courseKey) {
        return publishedCourses().stream().filter(c -> c.courseKey().equals(courseKey)).findFirst();
    }

    /** One loaded version, published or older (e.g. the version a certificate was earned under). */
    @Transactional(readOnly = true)
    public Optional<CourseOverview> courseVersion(long versionId) {
        return versions.findById(versionId).map(CourseCatalog::overview);
    }

    /** One loaded version by course key and version number (the address of its Open Badges achievement). */
    @Transactional(readOnly = true)
    public Optional<CourseOverview> courseVersion(String courseKey, String version) {
        return versions.findByCourseKeyAndVersion(courseKey, version).map(CourseCatalog::overview);
    }

    /** The version's refresher, when its course.yaml declares one. */
    @Transactional(readOnly = true)
    public Optional<RenewalPlan> renewalPlan(long versionId) {
        return versions.findById(versionId).flatMap(CourseVersion::getRenewal);
    }

    private static CourseOverview overview(CourseVersion v) {
        return new CourseOverview(v.getId(), v.getCourse().getKey(), v.getTitle(), v.getVersion(), v.getSummary(),
                v.getCeHours(), v.getLiveHours(), v.getValidityMonths(),
                v.getCompetencies().stream().map(c -> new CompetencyOverview(c.getKey(), c.getTitle(), c.getDescription())).toList(),
                v.getModules().stream().map(m -> new ModuleOverview(m.getKey(), m.getTitle(), m.getSummary(), m.getObjectives(),
                        m.getEstimatedMinutes(), m.getLessons().size())).toList());
    }
}
