package org.peercert.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One trainee's standing on a course version, for a trainer's overview of many trainees at once.
 *
 * @param lastActivity the latest lesson read, attempt started or submitted, practice run (or the enrollment)
 * @param pre percent per competency key on the latest submitted starting check; empty before it
 * @param post the same for the final check
 */
public record TraineeProgress(long enrollmentId, long userId, int percentDone, boolean completed, Instant lastActivity,
        List<ModuleStanding> modules, Map<String, Double> pre, Map<String, Double> post) {

    public enum QuizStatus { NOT_STARTED, ATTEMPTED, PASSED }

    /** @param bestPercent the best submitted quiz score, null before one */
    public record ModuleStanding(String moduleKey, QuizStatus quiz, @Nullable Double bestPercent, int practicesDone,
            int practices, int lessonsRead, int lessons) {

        /** Quiz passed and every practice done: what the module's completion funnel counts. */
        public boolean passed() {
            return quiz == QuizStatus.PASSED && practicesDone == practices;
        }
    }
}
