package org.peercert.curriculum.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peercert.curriculum.format.CurriculumFixtures.copy;
import static org.peercert.curriculum.format.CurriculumFixtures.replaceOnce;
import static org.peercert.curriculum.format.CurriculumFixtures.write;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.curriculum.StudyTime;

/** Issue #13 item 9: the time and CE hours a course states add up from its content. */
class CourseHoursTest {

    private static final String CONSENT = "modules/01-basics/02-consent.md";

    @TempDir
    Path temp;

    private static String words(int count) {
        return "word ".repeat(count).strip() + "\n";
    }

    @Test
    void aLessonWithoutMinutesIsEstimatedFromItsWordsAt200AMinute() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        write(course.resolve(CONSENT), "---\ntitle: Consent\n---\n" + words(870));

        CurriculumReadResult result = CurriculumReader.read(course, "minimal");

        assertThat(result.problems()).as(result.report()).isEmpty();
        assertThat(result.course().modules().getFirst().lessons().get(1).minutes()).isEqualTo(5); // 870 / 200, rounded up
        assertThat(StudyTime.readingMinutes(words(400))).isEqualTo(2);
    }

    @Test
    void declaredMinutesFarFromTheWordsAreAWarningThatDoesNotBlockLoading() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        write(course.resolve(CONSENT), "---\ntitle: Consent\nminutes: 40\n---\n" + words(870));

        CurriculumReadResult result = CurriculumReader.read(course, "minimal");

        assertThat(result.valid()).as(result.report()).isTrue();
        assertThat(result.course().modules().getFirst().lessons().get(1).minutes()).as("the file overrides").isEqualTo(40);
        assertThat(result.warningReport()).contains("minimal/" + CONSENT
                + ":3: warning: 'minutes: 40' but the text reads in about 5 min (200 words a minute): drop 'minutes' or fix it");
    }

    @Test
    void declaredMinutesWithinHalfOfTheEstimateAreNotWarnedAbout() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        write(course.resolve(CONSENT), "---\ntitle: Consent\nminutes: 7\n---\n" + words(870));

        assertThat(CurriculumReader.read(course, "minimal").warningReport()).doesNotContain(CONSENT);
    }

    @Test
    void ceHoursAreTheSelfPacedEstimatePlusLiveHoursWhenNotDeclared() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        replaceOnce(course.resolve("course.yaml"), "ce_hours: 2", "live_hours: 3");
        replaceOnce(course.resolve("modules/01-basics/module.yaml"), "estimated_minutes: 30\n", "");
        replaceOnce(course.resolve("modules/02-texting/module.yaml"), "estimated_minutes: 20\n", "");

        CurriculumReadResult result = CurriculumReader.read(course, "minimal");

        assertThat(result.problems()).as(result.report()).isEmpty();
        Definitions.Course c = result.course();
        // basics: lessons 10 + 15 min + its quiz; texting: 20 min + its quiz (1 min a question); both checks: 1 min an item
        int quizzes = c.modules().stream().mapToInt(m -> m.quiz().size()).sum();
        int selfPaced = 10 + 15 + 20 + quizzes + 2 * c.instrument().items().size();
        assertThat(c.modules()).extracting(Definitions.Module::estimatedMinutes)
                .containsExactly(25 + c.modules().get(0).quiz().size(), 20 + c.modules().get(1).quiz().size());
        assertThat(c.liveHours()).isEqualByComparingTo("3");
        assertThat(c.ceHours()).isEqualByComparingTo(StudyTime.hours(selfPaced).add(BigDecimal.valueOf(3)));
    }

    @Test
    void aDeclaredCeHoursFarFromContentPlusLiveSessionsIsWarnedAbout() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        replaceOnce(course.resolve("course.yaml"), "ce_hours: 2", "ce_hours: 12");

        CurriculumReadResult result = CurriculumReader.read(course, "minimal");

        assertThat(result.valid()).isTrue();
        assertThat(result.warningReport()).contains("minimal/course.yaml:6: warning: 'ce_hours: 12' but the content takes about 1 h self-paced + 0 h live = 1 h");
    }

    @Test
    void liveHoursAboveTheDeclaredCeHoursAreAProblem() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        replaceOnce(course.resolve("course.yaml"), "ce_hours: 2", "ce_hours: 2\nlive_hours: 3");

        assertThat(CurriculumReader.read(course, "minimal").report())
                .contains("minimal/course.yaml:6: 'ce_hours' 2 is less than 'live_hours' 3");
    }

    @Test
    void theDpscCourseStatesSelfPacedTimeFromItsContentPlusTwelveLiveHoursWithoutWarnings() {
        CurriculumReadResult result = CurriculumReader.read(CurriculumFixtures.DPSC, "curriculum/dpsc");

        assertThat(result.problems()).as(result.report()).isEmpty();
        assertThat(result.warnings()).as(result.warningReport()).isEmpty();
        Definitions.Course dpsc = result.course();
        assertThat(dpsc.liveHours()).isEqualByComparingTo("12");
        BigDecimal selfPaced = dpsc.ceHours().subtract(dpsc.liveHours());
        // ≈ 18,300 words of lessons, 60 quiz questions, 6 practices, 2 × 30 check items: 3.5 to 5 hours, never 12
        assertThat(selfPaced).isBetween(new BigDecimal("3.5"), new BigDecimal("5"));
        for (Definitions.Module m : dpsc.modules()) {
            assertThat(m.lessons()).allSatisfy(l -> assertThat(l.minutes()).as(l.slug())
                    .isEqualTo(StudyTime.readingMinutes(l.markdown())).isLessThan(15));
        }
    }

    @Test
    void theCompletionRuleAsksForEveryLessonAndEveryPostItemUnlessTheCourseSaysOtherwise() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        assertThat(CurriculumReader.read(course, "minimal").course().completion())
                .isEqualTo(new Definitions.Completion(80, true, true, true, 0));

        replaceOnce(course.resolve("course.yaml"), "post_test_required: true",
                "post_test_required: true\n  every_lesson_read: false\n  every_post_item_answered: false\n  post_test_min_percent: 60");
        assertThat(CurriculumReader.read(course, "minimal").course().completion())
                .isEqualTo(new Definitions.Completion(80, true, false, false, 60));
    }

    @Test
    void liveSessionsRequiredIsReadValidatedAndNeedsLiveHours() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal-live"));
        replaceOnce(course.resolve("course.yaml"), "post_test_required: true", "post_test_required: true\n  live_sessions_required: 2");
        assertThat(CurriculumReader.read(course, "minimal").report()).contains("course.yaml")
                .contains("'live_sessions_required' 2 needs live sessions: set 'live_hours'");

        replaceOnce(course.resolve("course.yaml"), "ce_hours: 2", "ce_hours: 5\nlive_hours: 3");
        CurriculumReadResult result = CurriculumReader.read(course, "minimal");
        assertThat(result.problems()).as(result.report()).isEmpty();
        assertThat(result.course().completion()).isEqualTo(new Definitions.Completion(80, true, true, true, 0, 2));

        replaceOnce(course.resolve("course.yaml"), "live_sessions_required: 2", "live_sessions_required: 53");
        assertThat(CurriculumReader.read(course, "minimal").valid()).isFalse();
    }
}
