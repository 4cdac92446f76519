package org.peercert.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.AttemptSummary;
import org.peercert.curriculum.CompletionRule;
import org.peercert.curriculum.CourseStructure;
import org.peercert.curriculum.CourseStructure.LessonInfo;
import org.peercert.curriculum.CourseStructure.ModuleInfo;
import org.peercert.curriculum.StudyTime;
import org.peercert.learning.CourseHome.Left;
import org.peercert.learning.CourseHome.ModuleProgress;
import org.peercert.learning.CourseHome.ModuleStatus;
import org.peercert.learning.CourseHome.NextStep;
import org.peercert.learning.CourseHome.StepStatus;
import org.peercert.practice.PracticeStanding;

/**
 * The course rules as a pure function of what the trainee has done: the pre-test opens module 1,
 * each module opens the next once its quiz is passed and its skill practices are done (submitted: a
 * pending trainer review never holds a trainee back), the post-test opens when all modules are passed.
 * The course is completed when, besides, the course's {@link CompletionRule} is met: every lesson read,
 * every final-check item answered, the final-check minimum reached, the live sessions required attended. A final check that falls short can be
 * taken again.
 */
final class ProgressCalculator {

    private ProgressCalculator() {}

    /**
     * @param practices per module key, the trainee's standing on each of its practices
     * @param lastPost the latest submitted final check: how many of its items were answered; null when none
     * @param liveSessionsAttended live sessions of the trainee's cohorts on this version marked present
     */
    record Facts(Set<Long> doneLessons, List<AttemptSummary> preTest, List<AttemptSummary> postTest,
            Map<String, List<AttemptSummary>> quizzes, Map<String, List<PracticeStanding>> practices,
            @Nullable PostAnswers lastPost, int liveSessionsAttended) {

        Facts(Set<Long> doneLessons, List<AttemptSummary> preTest, List<AttemptSummary> postTest,
                Map<String, List<AttemptSummary>> quizzes, Map<String, List<PracticeStanding>> practices,
                @Nullable PostAnswers lastPost) {
            this(doneLessons, preTest, postTest, quizzes, practices, lastPost, 0);
        }

        Facts(Set<Long> doneLessons, List<AttemptSummary> preTest, List<AttemptSummary> postTest,
                Map<String, List<AttemptSummary>> quizzes) {
            this(doneLessons, preTest, postTest, quizzes, Map.of(), null);
        }
    }

    /** The latest submitted final check: its score and how many of its items have an answer. */
    record PostAnswers(double percent, int answered, int items) {}

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
        CompletionRule rule = course.completion();
        List<Left> postLeft = postLeft(rule, facts);
        StepStatus post = stepStatus(allPassed, facts.postTest());
        if (post == StepStatus.DONE && !postLeft.isEmpty()) { // fell short: the check is open again
            post = facts.postTest().stream().anyMatch(a -> !a.submitted()) ? StepStatus.IN_PROGRESS : StepStatus.AVAILABLE;
        }
        List<Left> left = left(pre, modules, rule, post, postLeft);
        if (facts.liveSessionsAttended() < rule.liveSessionsRequired()) {
            left = java.util.stream.Stream.concat(left.stream(), java.util.stream.Stream.of(new Left(Left.Kind.LIVE_SESSIONS, null,
                    rule.liveSessionsRequired() - facts.liveSessionsAttended()))).toList();
        }
        boolean completed = left.isEmpty();

        int steps = 2 + modules.size() + course.modules().stream().mapToInt(m -> m.lessons().size()).sum()
                + modules.stream().mapToInt(m -> m.practices().size()).sum();
        int done = (pre == StepStatus.DONE ? 1 : 0) + (post == StepStatus.DONE ? 1 : 0)
                + (int) modules.stream().filter(m -> m.status() == ModuleStatus.PASSED).count()
                + modules.stream().mapToInt(m -> m.doneLessons().size()).sum()
                + (int) modules.stream().flatMap(m -> m.practices().stream()).filter(PracticeStanding::done).count();
        int minutesLeft = (pre == StepStatus.DONE ? 0 : course.checkMinutes())
                + modules.stream().mapToInt(ModuleProgress::minutesLeft).sum()
                + (post == StepStatus.DONE || !course.postTestRequired() ? 0 : course.checkMinutes());
        return new CourseHome(enrollmentId, course, pre, modules, post, completed, completed ? 100 : Math.min(99, done * 100 / steps),
                minutesLeft, next(pre, modules, post, completed, rule), left);
    }

    /** What keeps the latest final check from counting, if one was submitted. */
    private static List<Left> postLeft(CompletionRule rule, Facts facts) {
        PostAnswers last = facts.lastPost();
        if (last == null) {
            return List.of();
        }
        List<Left> left = new ArrayList<>();
        if (rule.everyPostItemAnswered() && last.answered() < last.items()) {
            left.add(new Left(Left.Kind.POST_ITEMS, null, last.items() - last.answered()));
        }
        if (last.percent() < rule.postTestMinPercent()) {
            left.add(new Left(Left.Kind.POST_MINIMUM, null, rule.postTestMinPercent()));
        }
        return left;
    }

    /** Everything still to do before the course is completed, in course order. */
    private static List<Left> left(StepStatus pre, List<ModuleProgress> modules, CompletionRule rule, StepStatus post,
            List<Left> postLeft) {
        List<Left> left = new ArrayList<>();
        if (pre != StepStatus.DONE) {
            left.add(new Left(Left.Kind.PRE_TEST, null, 1));
        }
        for (ModuleProgress m : modules) {
            String key = m.module().key();
            int unread = m.module().lessons().size() - m.doneLessons().size();
            if (rule.everyLessonRead() && unread > 0) {
                left.add(new Left(Left.Kind.LESSONS, key, unread));
            }
            if (!m.quizPassed()) {
                left.add(new Left(Left.Kind.QUIZ, key, 1));
            }
            long practices = m.practices().stream().filter(p -> !p.done()).count();
            if (practices > 0) {
                left.add(new Left(Left.Kind.PRACTICES, key, (int) practices));
            }
        }
        if (rule.postTestRequired() && post != StepStatus.DONE && postLeft.isEmpty()) {
            left.add(new Left(Left.Kind.POST_TEST, null, 1));
        }
        left.addAll(postLeft);
        return List.copyOf(left);
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
        // what is left of the module: unread lessons, the quiz until passed, practices not yet done
        int left = module.lessons().stream().filter(l -> !done.contains(l.id())).mapToInt(LessonInfo::minutes).sum()
                + (quizPassed ? 0 : module.quizMinutes())
                + (int) practices.stream().filter(p -> !p.done()).count() * StudyTime.MINUTES_PER_PRACTICE;
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

    private static NextStep next(StepStatus pre, List<ModuleProgress> modules, StepStatus post, boolean completed,
            CompletionRule rule) {
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
            var unread = firstUnread(m);
            if (unread != null && !m.quizInProgress()) {
                return new NextStep(NextStep.Kind.LESSON, m.module().key(), unread.id());
            }
            if (m.nextPractice().isPresent() && (m.quizPassed() || !m.quizInProgress())) {
                return new NextStep(NextStep.Kind.PRACTICE, m.module().key(), null);
            }
            return new NextStep(NextStep.Kind.QUIZ, m.module().key(), null);
        }
        if (completed || post == StepStatus.DONE) { // done here; live sessions may still be missing (listed as left)
            return new NextStep(NextStep.Kind.RESULTS, null, null);
        }
        if (rule.everyLessonRead()) { // a lesson skipped in a passed module, read before the final check
            for (ModuleProgress m : modules) {
                var unread = firstUnread(m);
                if (unread != null) {
                    return new NextStep(NextStep.Kind.LESSON, m.module().key(), unread.id());
                }
            }
        }
        return new NextStep(NextStep.Kind.POST_TEST, null, null);
    }

    private static @Nullable LessonInfo firstUnread(ModuleProgress m) {
        return m.module().lessons().stream().filter(l -> !m.lessonDone(l.id())).findFirst().orElse(null);
    }
}
