package org.peercert.curriculum.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peercert.curriculum.format.CurriculumFixtures.copy;
import static org.peercert.curriculum.format.CurriculumFixtures.read;
import static org.peercert.curriculum.format.CurriculumFixtures.replaceOnce;
import static org.peercert.curriculum.format.CurriculumFixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input an outside probe used against the validator: nesting deep enough to overflow the stack, alias bombs,
 * links out of the course, byte order marks, NUL characters, absurd numbers. Each is a located problem of
 * that one file, never an exception.
 */
class HostileCurriculumInputTest {

    private static final String WELCOME = "modules/01-basics/01-welcome.md";
    /** The fixture's welcome lesson has 7 lines; what a test appends starts on line 8. */
    private static final int AFTER_WELCOME = 8;
    private static final String TOO_DEEP = "nesting too deep (max 32 levels";

    @TempDir
    Path temp;

    private Path course;

    @BeforeEach
    void copyMinimalCourse() {
        course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
    }

    // ---------------------------------------------------------------- Markdown nesting

    @Test
    void tenThousandNestedQuotesAreReportedAtTheirLine() {
        appendToWelcome("\n" + ">".repeat(10_000) + " deep\n");

        assertThat(report()).containsExactly("minimal/" + WELCOME + ":" + (AFTER_WELCOME + 1) + ": " + MarkdownNesting.TOO_DEEP);
    }

    @Test
    void tenThousandNestedListItemsOnOneLineAreReportedAtTheirLine() {
        appendToWelcome("\n" + "- ".repeat(10_000) + "deep\n");

        assertThat(report()).singleElement().asString().startsWith("minimal/" + WELCOME + ":" + (AFTER_WELCOME + 1) + ": " + TOO_DEEP);
    }

    @Test
    void listsNestedByIndentationAloneAreReportedAtTheFirstLineOverTheLimit() {
        String list = IntStream.range(0, 40).mapToObj(level -> "  ".repeat(level) + "- level " + (level + 1))
                .collect(Collectors.joining("\n"));
        appendToWelcome("\n" + list + "\n");

        // line 9 holds level 1, so level 33 is on line 41
        assertThat(report()).singleElement().asString().startsWith("minimal/" + WELCOME + ":41: " + TOO_DEEP);
    }

    @Test
    void twentyThousandNestedEmphasisMarksAreReportedNotThrown() {
        appendToWelcome("\n" + "*".repeat(20_000) + "deep" + "*".repeat(20_000) + "\n");

        assertThat(report()).singleElement().asString().startsWith("minimal/" + WELCOME + ":" + (AFTER_WELCOME + 1) + ": " + TOO_DEEP);
    }

    @Test
    void thirtyTwoLevelsAndOrdinaryEmphasisAreStillAccepted() {
        appendToWelcome("\n" + ">".repeat(32) + " still fine\n\n- a *b* and **c** _d_ [e](https://example.org)\n  - nested\n\n"
                + "***\n\n" + "*".repeat(80) + "\n");

        assertThat(CurriculumReader.read(course, "minimal").problems()).isEmpty();
    }

    // ---------------------------------------------------------------- YAML shape

    @Test
    void deeplyNestedYamlIsReportedAtTheLineOfTheFirstLevelOverTheLimit() {
        String nested = IntStream.range(0, 40).mapToObj(level -> "  ".repeat(level) + "k" + level + ":")
                .collect(Collectors.joining("\n"));
        write(course.resolve("modules/01-basics/practice-deep.yaml"), "id: deep\n" + nested + " x\n");

        // the top-level mapping is level 1 (line 1); k0's mapping, level 2, starts with k1 on line 3: level 31 on line 32
        assertThat(report()).contains("minimal/modules/01-basics/practice-deep.yaml:32: nesting too deep (max 30 levels)");
    }

    @Test
    void deeplyNestedFlowListsAreReportedAtTheirLine() {
        write(course.resolve("modules/01-basics/practice-deep.yaml"), "id: deep\n\nrubric: " + "[".repeat(100_000) + "\n");

        assertThat(report()).contains("minimal/modules/01-basics/practice-deep.yaml:3: nesting too deep (max 30 levels)");
    }

    @Test
    void yamlAliasBombIsReportedAtTheAliasOverTheLimit() {
        write(course.resolve("modules/01-basics/practice-bomb.yaml"), """
                id: bomb
                a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                """);

        assertThat(report()).contains("minimal/modules/01-basics/practice-bomb.yaml:5: more than 20 aliases (*name) to lists or mappings: such a file can expand without bound");
    }

    // ---------------------------------------------------------------- bytes and numbers

    @Test
    void lessonAndYamlSavedWithAByteOrderMarkAreReadNormally() {
        write(course.resolve(WELCOME), "\uFEFF" + read(course.resolve(WELCOME)));
        write(course.resolve("course.yaml"), "\uFEFF" + read(course.resolve("course.yaml")));

        CurriculumReadResult result = CurriculumReader.read(course, "minimal");

        assertThat(result.problems()).isEmpty();
        assertThat(result.course().modules().getFirst().lessons().getFirst().title()).isEqualTo("Welcome");
    }

    @Test
    void nulCharacterInALessonIsReportedOnItsLine() {
        replaceOnce(course.resolve(WELCOME), "for more.", "for\u0000 more.");

        assertThat(report()).containsExactly("minimal/" + WELCOME + ":7: the file contains a NUL character (save it as plain text)");
    }

    @Test
    void nulCharacterInYamlIsReportedOnItsLine() {
        replaceOnce(course.resolve("course.yaml"), "locale: en", "locale: e\u0000n");

        assertThat(report()).containsExactly("minimal/course.yaml:4: the file contains a NUL character (save it as plain text)");
    }

    @Test
    void otherControlCharacterInYamlIsReportedOnItsLine() {
        replaceOnce(course.resolve("course.yaml"), "locale: en", "locale: e\u0001n");

        assertThat(report()).singleElement().asString().startsWith("minimal/course.yaml:4: YAML syntax: special characters are not allowed");
    }

    @Test
    void ceHoursMustBeAtMostAThousandWithAtMostTwoDecimals() {
        replaceOnce(course.resolve("course.yaml"), "ce_hours: 2", "ce_hours: 1e26");
        assertThat(report()).containsExactly("minimal/course.yaml:6: 'ce_hours' must be greater than 0 and at most 1000, found 1e26");

        replaceOnce(course.resolve("course.yaml"), "ce_hours: 1e26", "ce_hours: 1.005");
        assertThat(report()).containsExactly("minimal/course.yaml:6: 'ce_hours' may have at most 2 digits after the decimal point, found 1.005");

        replaceOnce(course.resolve("course.yaml"), "ce_hours: 1.005", "ce_hours: 1000");
        assertThat(report()).isEmpty();
    }

    @Test
    void validityMonthsAndMinutesOutOfRangeAreReportedWithTheirLine() {
        replaceOnce(course.resolve("course.yaml"), "validity_months: 12", "validity_months: 1e26");
        replaceOnce(course.resolve(WELCOME), "minutes: 10", "minutes: 99999999999");

        assertThat(report()).containsExactly(
                "minimal/course.yaml:7: 'validity_months' must be a whole number, found '1e26'",
                "minimal/" + WELCOME + ":3: 'minutes' must be a whole number, found '99999999999'");
    }

    // ---------------------------------------------------------------- links out of the course

    @Test
    void lessonLinkPointingOutsideTheCourseIsRefused() throws IOException {
        Path outside = Files.writeString(temp.resolve("secret.md"), "---\ntitle: Secret\nminutes: 1\n---\nroot:x:0:0\n");
        Path lesson = course.resolve("modules/01-basics/03-secret.md");
        Files.createSymbolicLink(lesson, outside);

        assertThat(report()).containsExactly("minimal/modules/01-basics/03-secret.md:1: link points outside the course");
    }

    @Test
    void moduleFolderLinkPointingOutsideTheCourseIsRefused() throws IOException {
        Path outside = copy(course.resolve("modules/02-texting"), temp.resolve("elsewhere/02-texting"));
        CurriculumFixtures.replaceOnce(outside.resolve("module.yaml"), "id: texting", "id: elsewhere");
        Files.createSymbolicLink(course.resolve("modules/03-elsewhere"), outside);

        assertThat(report()).containsExactly("minimal/modules/03-elsewhere:1: link points outside the course");
    }

    @Test
    void linkInsideTheCourseStaysAllowed() throws IOException {
        Path lesson = course.resolve("modules/02-texting/02-welcome-again.md");
        Files.createSymbolicLink(lesson, course.resolve(WELCOME));

        assertThat(report()).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private void appendToWelcome(String text) {
        write(course.resolve(WELCOME), read(course.resolve(WELCOME)) + text);
    }

    private java.util.List<String> report() {
        return CurriculumReader.read(course, "minimal").problems().stream().map(Problem::toString).toList();
    }
}
