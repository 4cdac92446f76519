package org.peercert.curriculum.format;

import java.math.BigDecimal;
import java.util.List;
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
            int validityMonths,
            int modulePassMark,
            boolean postTestRequired,
            List<Competency> competencies,
            List<Module> modules,
            Instrument instrument,
            String contentHash) {}

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
