package org.peercert.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peercert.assessment.AttemptSummary;
import org.peercert.curriculum.CourseStructure;
import org.peercert.curriculum.CourseStructure.LessonInfo;
import org.peercert.curriculum.CourseStructure.ModuleInfo;
import org.peercert.learning.CourseHome.ModuleProgress;
import org.peercert.learning.CourseHome.ModuleStatus;
import org.peercert.learning.CourseHome.NextStep;
import org.peercert.learning.CourseHome.StepStatus;
import org.peercert.practice.PracticeStanding;

/**
 * The course rules as a pure function of what the trainee has done: the pre-test opens module 1,
 * each module opens the next once its quiz is passed and its skill practices are done (submitted: a
 * pending trainer review never holds a trainee back), the post-test opens when all modules are passed.
 */
final class ProgressCalculator {

    private ProgressCalculator() {}

    /** @param practices per module key, the trainee's standing on each of its practices */
    record Facts(Set<Long> doneLessons, List<AttemptSummary> preTest, List<AttemptSummary> postTest,
            Map<String, List<AttemptSummary>> quizzes, Map<String, List<PracticeStanding>> practices) {

        Facts(Set<Long> doneLessons, List<AttemptSummary> preTest, List<AttemptSummary> postTest,
                Map<String, List<AttemptSummary>> quizzes) {
            this(doneLessons, preTest, postTest, quizzes, Map.of());
        }
    }

    static CourseHome calculate(long enrollmentId, CourseStructure course, Facts facts) {
        StepStatus pre = stepStatus(true, facts.preTest());
        boolean unlocked = pre == StepStatus.DONE;
        List<ModuleProgress> modules = new ArrayList<>();
        for (ModuleInfo module : course.modules()) {
            ModuleProgress progress = module(module, unlocked, facts);
            modules.add(progress);
            unlocked = progress.status() == ModuleStatus.PASSED;
        }
        boolean allPassed = modules.stream().allMatch(m -> m.status() == ModuleStatus.PASSED);
        StepStatus post = stepStatus(allPassed, facts.postTest());
        boolean completed = allPassed && (!course.postTestRequired() || post == StepStatus.DONE);

        int steps = 2 + modules.size() + course.modules().stream().mapToInt(m -> m.lessons().size()).sum()
                + modules.stream().mapToInt(m -> m.practices().size()).sum();
        int done = (pre == StepStatus.DONE ? 1 : 0) + (post == StepStatus.DONE ? 1 : 0)
                + (int) modules.stream().filter(m -> m.status() == ModuleStatus.PASSED).count()
                + modules.stream().mapToInt(m -> m.doneLessons().size()).sum()
                + (int) modules.stream().flatMap(m -> m.practices().stream()).filter(PracticeStanding::done).count();
        int minutesLeft = modules.stream().mapToInt(ModuleProgress::minutesLeft).sum();
        return new CourseHome(enrollmentId, course, pre, modules, post, completed, done * 100 / steps, minutesLeft,
                next(pre, modules, post, completed));
    }

    private static ModuleProgress module(ModuleInfo module, boolean unlocked, Facts facts) {
        List<AttemptSummary> attempts = facts.quizzes().getOrDefault(module.key(), List.of());
        Set<Long> done = module.lessons().stream().map(LessonInfo::id).filter(facts.doneLessons()::contains)
                .collect(Collectors.toUnmodifiableSet());
        Double best = attempts.stream().filter(AttemptSummary::submitted).map(AttemptSummary::percent)
                .max(Double::compare).orElse(null);
        boolean open = attempts.stream().anyMatch(a -> !a.submitted());
        long used = attempts.stream().filter(AttemptSummary::submitted).count();
        List<PracticeStanding> practices = facts.practices().getOrDefault(module.key(), List.of());
        boolean quizPassed = best != null && best >= module.passMark();
        ModuleStatus status;
        if (!unlocked) {
            status = ModuleStatus.LOCKED;
        } else if (quizPassed && practices.stream().allMatch(PracticeStanding::done)) {
            status = ModuleStatus.PASSED;
        } else if (quizPassed) {
            status = ModuleStatus.IN_PROGRESS;
        } else if (module.maxAttempts() > 0 && used >= module.maxAttempts() && !open) {
            status = ModuleStatus.NO_ATTEMPTS_LEFT;
        } else if (!done.isEmpty() || !attempts.isEmpty()) {
            status = ModuleStatus.IN_PROGRESS;
        } else {
            status = ModuleStatus.AVAILABLE;
        }
        int doneMinutes = module.lessons().stream().filter(l -> done.contains(l.id())).mapToInt(LessonInfo::minutes).sum();
        int left = status == ModuleStatus.PASSED ? 0 : Math.max(0, module.estimatedMinutes() - doneMinutes);
        return new ModuleProgress(module, status, done, best, (int) used, open, left, practices);
    }

    private static StepStatus stepStatus(boolean unlocked, List<AttemptSummary> attempts) {
        if (attempts.stream().anyMatch(AttemptSummary::submitted)) {
            return StepStatus.DONE;
        }
        if (!unlocked) {
            return StepStatus.LOCKED;
        }
        return attempts.isEmpty() ? StepStatus.AVAILABLE : StepStatus.IN_PROGRESS;
    }

    private static NextStep next(StepStatus pre, List<ModuleProgress> modules, StepStatus post, boolean completed) {
        if (pre != StepStatus.DONE) {
            return new NextStep(NextStep.Kind.PRE_TEST, null, null);
        }
        for (ModuleProgress m : modules) {
            if (m.status() == ModuleStatus.PASSED) {
                continue;
            }
            if (m.status() == ModuleStatus.NO_ATTEMPTS_LEFT) {
                return new NextStep(NextStep.Kind.ASK_TRAINER, m.module().key(), null);
            }
            var unread = m.module().lessons().stream().filter(l -> !m.lessonDone(l.id())).findFirst();
            if (unread.isPresent() && !m.quizInProgress()) {
                return new NextStep(NextStep.Kind.LESSON, m.module().key(), unread.get().id());
            }
            boolean quizPassed = m.bestPercent() != null && m.bestPercent() >= m.module().passMark();
            if (m.nextPractice().isPresent() && (quizPassed || !m.quizInProgress())) {
                return new NextStep(NextStep.Kind.PRACTICE, m.module().key(), null);
            }
            return new NextStep(NextStep.Kind.QUIZ, m.module().key(), null);
        }
        return completed ? new NextStep(NextStep.Kind.RESULTS, null, null) : new NextStep(NextStep.Kind.POST_TEST, null, null);
    }
}
