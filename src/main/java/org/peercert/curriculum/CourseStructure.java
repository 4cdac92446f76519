package org.peercert.curriculum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.peercert.assessment.ReviewOption;

/**
 * The shape of one course version, as the learning flow needs it (no lesson bodies, no questions).
 *
 * @param liveHours the live-session part of {@code ceHours}; the rest is self-paced
 * @param checkMinutes the time of one competency check (pre or post)
 */
public record CourseStructure(long versionId, String courseKey, String title, String version, BigDecimal ceHours,
        BigDecimal liveHours, CompletionRule completion, int checkMinutes, String instrumentTitle, String instrumentInstructions,
        List<CompetencyInfo> competencies, List<ModuleInfo> modules) {

    public boolean postTestRequired() {
        return completion.postTestRequired();
    }

    public BigDecimal selfPacedHours() {
        return ceHours.subtract(liveHours);
    }

    public record CompetencyInfo(String key, String title, String description) {}

    /** @param quizMinutes the time of one quiz attempt */
    public record ModuleInfo(String key, String title, String summary, List<String> competencies, int estimatedMinutes,
            int passMark, int maxAttempts, ReviewOption quizReview, int quizMinutes, List<LessonInfo> lessons) {

        public int lessonMinutes() {
            return lessons.stream().mapToInt(LessonInfo::minutes).sum();
        }
    }

    public record LessonInfo(long id, String slug, String title, int minutes) {}

    public Optional<ModuleInfo> module(String key) {
        return modules.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public String competencyTitle(String key) {
        return competencies.stream().filter(c -> c.key().equals(key)).map(CompetencyInfo::title).findFirst().orElse(key);
    }
}
