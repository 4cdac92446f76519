package org.peercert.curriculum.format;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.ReviewOption;
import org.peercert.practice.PracticeDefinition;

/** The validated content of a course folder, as plain records. */
public final class Definitions {

    private Definitions() {}

    public record Course(
            String id,
            String title,
            String version,
            String locale,
            String summary,
            BigDecimal ceHours,
            BigDecimal liveHours,
            int validityMonths,
            Completion completion,
            List<Competency> competencies,
            List<Module> modules,
            Instrument instrument,
            String contentHash,
            @Nullable Renewal renewal) {}

    /**
     * The refresher that renews a certificate (course.yaml {@code renewal}): opens {@code opensDaysBefore}
     * days before expiry; the listed modules' quizzes and the knowledge check, at the course's pass rules.
     */
    public record Renewal(int opensDaysBefore, List<String> moduleIds, String knowledgeCheck) {
        public static final String POST_CHECK = "post";
    }

    /**
     * The completion rule (course.yaml {@code completion}): what a trainee must have done for the course to count
     * as completed. A certificate additionally waits for a confirmed email (certification).
     */
    public record Completion(int modulePassMark, boolean postTestRequired, boolean everyLessonRead,
            boolean everyPostItemAnswered, int postTestMinPercent, int liveSessionsRequired) {

        public Completion(int modulePassMark, boolean postTestRequired, boolean everyLessonRead, boolean everyPostItemAnswered,
                int postTestMinPercent) {
            this(modulePassMark, postTestRequired, everyLessonRead, everyPostItemAnswered, postTestMinPercent, 0);
        }
    }

    public record Competency(String id, String title, String description) {}

    public record Module(
            String id,
            String title,
            String summary,
            List<String> objectives,
            List<String> competencies,
            int estimatedMinutes,
            int passMark,
            int maxAttempts,
            List<Lesson> lessons,
            List<QuestionDefinition> quiz,
            ReviewOption quizReview,
            List<PracticeDefinition> practices) {}

    public record Lesson(String slug, String title, int minutes, String markdown) {}

    public record Instrument(String id, String title, String instructions, List<QuestionDefinition> items) {}
}
