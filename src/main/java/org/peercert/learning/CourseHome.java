package org.peercert.learning;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peercert.curriculum.CourseStructure;
import org.peercert.curriculum.CourseStructure.ModuleInfo;
import org.peercert.practice.PracticeStanding;

/** Everything the course home shows: where the trainee stands and what comes next. */
public record CourseHome(long enrollmentId, CourseStructure course, StepStatus preTest, List<ModuleProgress> modules,
        StepStatus postTest, boolean completed, int percentDone, int minutesLeft, NextStep next, List<Left> left) {

    public enum StepStatus { LOCKED, AVAILABLE, IN_PROGRESS, DONE }

    public enum ModuleStatus { LOCKED, AVAILABLE, IN_PROGRESS, PASSED, NO_ATTEMPTS_LEFT }

    public record ModuleProgress(ModuleInfo module, ModuleStatus status, Set<Long> doneLessons,
            @Nullable Double bestPercent, int attemptsUsed, boolean quizInProgress, int minutesLeft,
            List<PracticeStanding> practices) {

        public boolean quizPassed() {
            return bestPercent != null && bestPercent >= module.passMark();
        }

        public boolean lessonDone(long lessonId) {
            return doneLessons.contains(lessonId);
        }

        /** The first skill practice of the module not yet done, if any. */
        public java.util.Optional<PracticeStanding> nextPractice() {
            return practices.stream().filter(p -> !p.done()).findFirst();
        }
    }

    /**
     * One thing still to do before the course counts as completed.
     *
     * @param moduleKey the module it belongs to, null for the checks
     * @param count how many (lessons, practices, unanswered items, live sessions still to attend), or the minimum
     *     percent for {@code POST_MINIMUM}
     */
    public record Left(Kind kind, @Nullable String moduleKey, int count) {
        public enum Kind { PRE_TEST, LESSONS, QUIZ, PRACTICES, POST_TEST, POST_ITEMS, POST_MINIMUM, LIVE_SESSIONS }
    }

    /** Where "continue where I left off" leads. */
    public record NextStep(Kind kind, @Nullable String moduleKey, @Nullable Long lessonId) {
        public enum Kind { PRE_TEST, LESSON, PRACTICE, QUIZ, POST_TEST, RESULTS, ASK_TRAINER }
    }
}
