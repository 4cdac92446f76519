package org.peercert.curriculum.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void validDpscCourseExitsWithZeroAndPrintsASummary() {
        int exit = ValidateCommand.run(List.of("curriculum/dpsc"));

        assertThat(exit).isZero();
        assertThat(stdout()).startsWith("OK curriculum/dpsc: dpsc ").contains(", 6 modules, ");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void aLessonWhoseDeclaredMinutesDisagreeWithItsWordsIsPrintedAsAWarningAndStillValid() {
        Path course = CurriculumFixtures.copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        String root = course.toString().replace('\\', '/');

        int exit = ValidateCommand.run(List.of(course.toString()));

        assertThat(exit).isZero();
        assertThat(stdout()).contains(root + "/modules/01-basics/01-welcome.md:3: warning: 'minutes: 10' but the text reads in about 1 min")
                .contains("OK " + course + ": mini 1.0.0");
    }

    @Test
    void folderOfCoursesIsCheckedCourseByCourse() {
        int exit = ValidateCommand.run(List.of("curriculum"));

        assertThat(exit).isZero();
        assertThat(stdout()).contains("OK curriculum/dpsc: dpsc ");
    }

    @Test
    void brokenCourseExitsWithOneAndNamesFileAndLine() {
        Path course = CurriculumFixtures.copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        CurriculumFixtures.replaceOnce(course.resolve("modules/01-basics/quiz.yaml"),
                "correct: true\n        feedback: Right, support", "correct: false\n        feedback: Right, support");
        CurriculumFixtures.replaceOnce(course.resolve("course.yaml"), "version: 1.0.0", "version: 1");
        String root = course.toString().replace('\\', '/');

        int exit = ValidateCommand.run(List.of(course.toString()));

        assertThat(exit).isEqualTo(1);
        assertThat(stdout().lines().toList()).containsExactly(
                root + "/course.yaml:3: version '1' is not a semantic version such as 1.0.0",
                root + "/modules/01-basics/quiz.yaml:3: question 'basics-q1': no option is marked correct",
                "INVALID " + course + ": 2 problem(s)");
    }

    @Test
    void oneBrokenCourseAmongValidOnesStillExitsWithOne() {
        Path broken = CurriculumFixtures.copy(CurriculumFixtures.MINIMAL, temp.resolve("broken"));
        CurriculumFixtures.delete(broken.resolve("assessment.yaml"));

        int exit = ValidateCommand.run(List.of("curriculum/dpsc", broken.toString()));

        assertThat(exit).isEqualTo(1);
        assertThat(stdout())
                .contains("OK curriculum/dpsc: dpsc ")
                .contains(broken.toString().replace('\\', '/') + "/assessment.yaml:1: file is missing")
                .contains("INVALID " + broken + ": 1 problem(s)");
    }

    @Test
    void deeplyNestedLessonIsPrintedAsAProblemAndExitsWithOne() {
        Path course = CurriculumFixtures.copy(CurriculumFixtures.MINIMAL, temp.resolve("deep"));
        Path lesson = course.resolve("modules/01-basics/01-welcome.md");
        CurriculumFixtures.write(lesson, CurriculumFixtures.read(lesson) + "\n" + ">".repeat(100_000) + " deep\n");
        CurriculumFixtures.replaceOnce(course.resolve("course.yaml"), "ce_hours: 2", "ce_hours: 1e26");
        String root = course.toString().replace('\\', '/');

        int exit = ValidateCommand.run(List.of(course.toString()));

        assertThat(exit).isEqualTo(1);
        assertThat(stdout().lines().toList()).containsExactly(
                root + "/course.yaml:6: 'ce_hours' must be greater than 0 and at most 1000, found 1e26",
                root + "/modules/01-basics/01-welcome.md:9: " + MarkdownNesting.TOO_DEEP,
                "INVALID " + course + ": 2 problem(s)");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void missingFolderExitsWithTwo() {
        String missing = temp.resolve("no-such-course").toString();

        int exit = ValidateCommand.run(List.of(missing));

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains(missing + ": no such folder");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void folderWithoutAnyCourseExitsWithTwo() {
        int exit = ValidateCommand.run(List.of(temp.toString()));

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("No course folders (with a course.yaml) found");
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
