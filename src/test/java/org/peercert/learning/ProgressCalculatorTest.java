package org.peercert.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peercert.assessment.ReviewOption;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.AttemptSummary;
import org.peercert.curriculum.CompletionRule;
import org.peercert.curriculum.CourseStructure;
import org.peercert.curriculum.CourseStructure.LessonInfo;
import org.peercert.curriculum.CourseStructure.ModuleInfo;
import org.peercert.learning.CourseHome.ModuleStatus;
import org.peercert.learning.CourseHome.NextStep;
import org.peercert.learning.CourseHome.StepStatus;

class ProgressCalculatorTest {

    private static final ModuleInfo FIRST = new ModuleInfo("first", "First", "", List.of("a"), 60, 80, 2, ReviewOption.IMMEDIATELY, 20,
            List.of(new LessonInfo(1, "one", "One", 20), new LessonInfo(2, "two", "Two", 20)));
    private static final ModuleInfo SECOND = new ModuleInfo("second", "Second", "", List.of("a"), 30, 80, 0, ReviewOption.IMMEDIATELY, 0,
            List.of(new LessonInfo(3, "three", "Three", 30)));
    private static final CourseStructure COURSE = new CourseStructure(1, "c", "Course", "1.0.0", BigDecimal.ONE,
            BigDecimal.ZERO, new CompletionRule(true, true, true, 0), 0,
            "Check", "", List.of(new CourseStructure.CompetencyInfo("a", "A", "")), List.of(FIRST, SECOND));

    private static AttemptSummary submitted(AttemptPurpose purpose, double earned, double possible) {
        return new AttemptSummary(1, 1, "k", purpose, 1, true, Instant.EPOCH, Instant.EPOCH, earned, possible);
    }

    private static AttemptSummary open(AttemptPurpose purpose) {
        return new AttemptSummary(2, 1, "k", purpose, 2, false, Instant.EPOCH, null, 0, 0);
    }

    private static CourseHome calc(Set<Long> lessons, List<AttemptSummary> pre, List<AttemptSummary> post,
            Map<String, List<AttemptSummary>> quizzes) {
        return ProgressCalculator.calculate(7, COURSE, new ProgressCalculator.Facts(lessons, pre, post, quizzes));
    }

    @Test
    void everythingIsLockedUntilThePreTestIsSubmitted() {
        CourseHome home = calc(Set.of(), List.of(open(AttemptPurpose.PRE_TEST)), List.of(), Map.of());
        assertThat(home.preTest()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(home.modules()).extracting(CourseHome.ModuleProgress::status).containsOnly(ModuleStatus.LOCKED);
        assertThat(home.next().kind()).isEqualTo(NextStep.Kind.PRE_TEST);
        assertThat(home.percentDone()).isZero();
        assertThat(home.minutesLeft()).isEqualTo(90);
    }

    @Test
    void continueLeadsToTheFirstUnreadLessonThenToTheQuiz() {
        var pre = List.of(submitted(AttemptPurpose.PRE_TEST, 3, 10));
        assertThat(calc(Set.of(1L), pre, List.of(), Map.of()).next()).isEqualTo(new NextStep(NextStep.Kind.LESSON, "first", 2L));
        CourseHome read = calc(Set.of(1L, 2L), pre, List.of(), Map.of());
        assertThat(read.next()).isEqualTo(new NextStep(NextStep.Kind.QUIZ, "first", null));
        assertThat(read.modules().getFirst().minutesLeft()).isEqualTo(20);
    }

    @Test
    void aPassedQuizOpensTheNextModuleAndABelowPassMarkDoesNot() {
        var pre = List.of(submitted(AttemptPurpose.PRE_TEST, 3, 10));
        CourseHome failed = calc(Set.of(), pre, List.of(), Map.of("first", List.of(submitted(AttemptPurpose.QUIZ, 7.9, 10))));
        assertThat(failed.modules()).extracting(CourseHome.ModuleProgress::status)
                .containsExactly(ModuleStatus.IN_PROGRESS, ModuleStatus.LOCKED);
        CourseHome passed = calc(Set.of(), pre, List.of(), Map.of("first", List.of(submitted(AttemptPurpose.QUIZ, 8, 10))));
        assertThat(passed.modules()).extracting(CourseHome.ModuleProgress::status)
                .containsExactly(ModuleStatus.PASSED, ModuleStatus.AVAILABLE);
    }

    @Test
    void usingEveryAttemptWithoutPassingSendsTheTraineeToTheTrainer() {
        var pre = List.of(submitted(AttemptPurpose.PRE_TEST, 3, 10));
        CourseHome home = calc(Set.of(1L, 2L), pre, List.of(), Map.of("first",
                List.of(submitted(AttemptPurpose.QUIZ, 1, 10), submitted(AttemptPurpose.QUIZ, 2, 10))));
        assertThat(home.modules().getFirst().status()).isEqualTo(ModuleStatus.NO_ATTEMPTS_LEFT);
        assertThat(home.next().kind()).isEqualTo(NextStep.Kind.ASK_TRAINER);
    }

    @Test
    void thePostTestOpensWhenAllModulesPassAndCompletesTheCourse() {
        var pre = List.of(submitted(AttemptPurpose.PRE_TEST, 3, 10));
        var quizzes = Map.of("first", List.of(submitted(AttemptPurpose.QUIZ, 9, 10)), "second", List.of(submitted(AttemptPurpose.QUIZ, 10, 10)));
        CourseHome before = calc(Set.of(1L, 2L, 3L), pre, List.of(), quizzes);
        assertThat(before.postTest()).isEqualTo(StepStatus.AVAILABLE);
        assertThat(before.completed()).isFalse();
        assertThat(before.next().kind()).isEqualTo(NextStep.Kind.POST_TEST);

        CourseHome after = calc(Set.of(1L, 2L, 3L), pre, List.of(submitted(AttemptPurpose.POST_TEST, 9, 10)), quizzes);
        assertThat(after.completed()).isTrue();
        assertThat(after.percentDone()).isEqualTo(100);
        assertThat(after.minutesLeft()).isZero();
        assertThat(after.next().kind()).isEqualTo(NextStep.Kind.RESULTS);
    }

    // ---- issue #13: the completion rule and what is left

    private static final Map<String, List<AttemptSummary>> BOTH_PASSED = Map.of(
            "first", List.of(submitted(AttemptPurpose.QUIZ, 9, 10)), "second", List.of(submitted(AttemptPurpose.QUIZ, 10, 10)));

    private static CourseHome withPost(CourseStructure course, Set<Long> lessons, ProgressCalculator.PostAnswers lastPost) {
        var post = List.of(submitted(AttemptPurpose.POST_TEST, lastPost.percent(), 100));
        return ProgressCalculator.calculate(7, course, new ProgressCalculator.Facts(lessons,
                List.of(submitted(AttemptPurpose.PRE_TEST, 0, 30)), post, BOTH_PASSED, Map.of(), lastPost));
    }

    private static CourseStructure withRule(CompletionRule rule) {
        return new CourseStructure(1, "c", "Course", "1.0.0", BigDecimal.ONE, BigDecimal.ZERO, rule, 30, "Check", "",
                COURSE.competencies(), COURSE.modules());
    }

    @Test
    void blankPreQuizzesPassedAndAnEmptyPostTestDoNotCompleteTheCourseAndTheHomeListsWhatIsLeft() {
        CourseHome home = withPost(COURSE, Set.of(), new ProgressCalculator.PostAnswers(0, 0, 30));

        assertThat(home.completed()).isFalse();
        assertThat(home.left()).containsExactly(
                new CourseHome.Left(CourseHome.Left.Kind.LESSONS, "first", 2),
                new CourseHome.Left(CourseHome.Left.Kind.LESSONS, "second", 1),
                new CourseHome.Left(CourseHome.Left.Kind.POST_ITEMS, null, 30));
        assertThat(home.postTest()).as("the final check can be taken again").isEqualTo(StepStatus.AVAILABLE);
        assertThat(home.next()).isEqualTo(new NextStep(NextStep.Kind.LESSON, "first", 1L));
        assertThat(home.percentDone()).isLessThan(100);
    }

    @Test
    void aPartlyAnsweredPostTestIsNotEnoughEvenWithEveryLessonRead() {
        CourseHome home = withPost(COURSE, Set.of(1L, 2L, 3L), new ProgressCalculator.PostAnswers(40, 12, 30));

        assertThat(home.completed()).isFalse();
        assertThat(home.left()).containsExactly(new CourseHome.Left(CourseHome.Left.Kind.POST_ITEMS, null, 18));
        assertThat(home.next().kind()).isEqualTo(NextStep.Kind.POST_TEST);
    }

    @Test
    void everyLessonReadEveryPostItemAnsweredAndTheMinimumMetCompletesTheCourse() {
        CourseStructure strict = withRule(new CompletionRule(true, true, true, 60));

        CourseHome below = withPost(strict, Set.of(1L, 2L, 3L), new ProgressCalculator.PostAnswers(59.9, 30, 30));
        assertThat(below.completed()).isFalse();
        assertThat(below.left()).containsExactly(new CourseHome.Left(CourseHome.Left.Kind.POST_MINIMUM, null, 60));

        CourseHome met = withPost(strict, Set.of(1L, 2L, 3L), new ProgressCalculator.PostAnswers(60, 30, 30));
        assertThat(met.completed()).isTrue();
        assertThat(met.left()).isEmpty();
        assertThat(met.postTest()).isEqualTo(StepStatus.DONE);
        assertThat(met.percentDone()).isEqualTo(100);
        assertThat(met.next().kind()).isEqualTo(NextStep.Kind.RESULTS);
    }

    @Test
    void liveSessionsRequiredByTheRuleAreLeftUntilAttendedAndTheHomeThenPointsToTheResults() {
        CourseStructure live = withRule(new CompletionRule(true, true, true, 0, 2));
        var post = List.of(submitted(AttemptPurpose.POST_TEST, 90, 100));
        var pre = List.of(submitted(AttemptPurpose.PRE_TEST, 0, 30));
        var answered = new ProgressCalculator.PostAnswers(90, 30, 30);

        CourseHome one = ProgressCalculator.calculate(7, live, new ProgressCalculator.Facts(Set.of(1L, 2L, 3L), pre, post, BOTH_PASSED,
                Map.of(), answered, 1));
        assertThat(one.completed()).isFalse();
        assertThat(one.left()).containsExactly(new CourseHome.Left(CourseHome.Left.Kind.LIVE_SESSIONS, null, 1));
        assertThat(one.postTest()).as("the final check counts; only the sessions are missing").isEqualTo(StepStatus.DONE);
        assertThat(one.next().kind()).isEqualTo(NextStep.Kind.RESULTS);

        CourseHome two = ProgressCalculator.calculate(7, live, new ProgressCalculator.Facts(Set.of(1L, 2L, 3L), pre, post, BOTH_PASSED,
                Map.of(), answered, 2));
        assertThat(two.completed()).isTrue();
        assertThat(two.left()).isEmpty();
    }

    @Test
    void aCourseThatTurnsTheRulesOffCompletesWithoutThem() {
        CourseStructure lenient = withRule(new CompletionRule(true, false, false, 0));

        assertThat(withPost(lenient, Set.of(), new ProgressCalculator.PostAnswers(0, 0, 30)).completed()).isTrue();
    }

    @Test
    void minutesLeftCountTheUnreadLessonsTheQuizzesNotPassedAndBothChecks() {
        CourseStructure course = withRule(new CompletionRule(true, true, true, 0)); // each check takes 30 min
        CourseHome start = ProgressCalculator.calculate(7, course, new ProgressCalculator.Facts(Set.of(), List.of(), List.of(), Map.of()));
        // pre 30 + first (lessons 20 + 20, quiz 20) + second (lesson 30, quiz 0) + post 30
        assertThat(start.minutesLeft()).isEqualTo(150);

        CourseHome beforeFinalCheck = ProgressCalculator.calculate(7, course, new ProgressCalculator.Facts(Set.of(1L, 2L, 3L),
                List.of(submitted(AttemptPurpose.PRE_TEST, 3, 10)), List.of(), BOTH_PASSED));
        assertThat(beforeFinalCheck.minutesLeft()).as("the final check is still ahead").isEqualTo(30);
        assertThat(beforeFinalCheck.left()).containsExactly(new CourseHome.Left(CourseHome.Left.Kind.POST_TEST, null, 1));
    }
}
