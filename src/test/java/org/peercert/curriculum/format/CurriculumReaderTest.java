package org.peercert.curriculum.format;

import org.peercert.assessment.types.Questions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peercert.curriculum.format.CurriculumFixtures.copy;
import static org.peercert.curriculum.format.CurriculumFixtures.delete;
import static org.peercert.curriculum.format.CurriculumFixtures.read;
import static org.peercert.curriculum.format.CurriculumFixtures.replaceOnce;
import static org.peercert.curriculum.format.CurriculumFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peercert.assessment.QuestionDefinition;

class CurriculumReaderTest {

    private static final String BASICS_QUIZ = "modules/01-basics/quiz.yaml";
    private static final String TEXTING_QUIZ = "modules/02-texting/quiz.yaml";
    private static final String WELCOME = "modules/01-basics/01-welcome.md";

    @TempDir
    Path temp;

    // ---------------------------------------------------------------- the real course

    @Nested
    class TheDpscCourse {

        private final Definitions.Course course = validCourse(CurriculumReader.read(CurriculumFixtures.DPSC, "curriculum/dpsc"));

        @Test
        void isValid() {
            assertThat(course.id()).isEqualTo("dpsc");
            assertThat(course.contentHash()).hasSize(64);
        }

        @Test
        void hasSixModulesInCourseOrder() {
            assertThat(course.modules()).extracting(Definitions.Module::id)
                    .containsExactly("discovering", "competencies", "sms", "ema", "goals", "practice");
        }

        @Test
        void instrumentHasAtLeast24ItemsCoveringAtLeastSixCompetenciesIncludingTheDigitalOnes() {
            List<QuestionDefinition> items = course.instrument().items();
            assertThat(items).hasSizeGreaterThanOrEqualTo(24);
            Set<String> covered = flatten(items).map(QuestionDefinition::competency).collect(Collectors.toSet());
            assertThat(covered).hasSizeGreaterThanOrEqualTo(6).contains("sms-support", "ema", "goal-setting");
        }

        @Test
        void everyModuleHasTwoToFourLessonsAndAtLeastEightQuizQuestionsOfAtLeastFourTypes() {
            assertThat(course.modules()).allSatisfy(module -> {
                assertThat(module.lessons()).as("lessons of %s", module.id()).hasSizeBetween(2, 4);
                assertThat(module.quiz()).as("quiz of %s", module.id()).hasSizeGreaterThanOrEqualTo(8);
                assertThat(module.quiz().stream().map(QuestionDefinition::type).distinct())
                        .as("question types in %s", module.id()).hasSizeGreaterThanOrEqualTo(4);
            });
        }

        @Test
        void everyQuestionIncludingScenarioPartsHasAnExplanation() {
            Stream<QuestionDefinition> all = Stream.concat(
                    course.instrument().items().stream(),
                    course.modules().stream().flatMap(m -> m.quiz().stream()));
            assertThat(flatten(all.toList())).allSatisfy(q ->
                    assertThat(q.explanation()).as("explanation of %s", q.id()).isNotBlank());
        }
    }

    // ---------------------------------------------------------------- the minimal fixture

    @Test
    void minimalFixtureIsValid() {
        Definitions.Course course = validCourse(CurriculumReader.read(CurriculumFixtures.MINIMAL, "minimal"));

        assertThat(course.competencies()).hasSize(3);
        assertThat(course.modules()).extracting(Definitions.Module::id).containsExactly("basics", "texting");
        assertThat(course.instrument().items()).hasSize(4);
        assertThat(course.modules().getFirst().lessons()).extracting(Definitions.Lesson::slug).containsExactly("welcome", "consent");
        assertThat(course.modules().get(1).passMark()).isEqualTo(70);
        assertThat(course.modules().getFirst().passMark()).isEqualTo(80);
    }

    @Test
    void scenarioSubQuestionWithoutCompetencyInheritsTheScenarios() {
        Definitions.Course course = validCourse(CurriculumReader.read(CurriculumFixtures.MINIMAL, "minimal"));
        QuestionDefinition scenario = course.modules().get(1).quiz().get(1);

        assertThat(scenario.type()).isEqualTo("scenario");
        assertThat(Questions.parts(scenario)).extracting(QuestionDefinition::competency).containsOnly("crisis");
    }

    @Test
    void readingTheSameFolderTwiceGivesTheSameContentHash() {
        var first = CurriculumReader.read(CurriculumFixtures.MINIMAL, "minimal").course();
        var second = CurriculumReader.read(copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal")), "elsewhere").course();

        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(second.contentHash()).isEqualTo(first.contentHash());
    }

    // ---------------------------------------------------------------- broken input

    /** One edit to the minimal fixture, the exact {@code file:line: } it must be reported at, and part of the message. */
    static Stream<Arguments> brokenInputs() {
        return Stream.of(
                broken("YAML syntax error",
                        c -> replaceOnce(c.resolve(BASICS_QUIZ), "prompt: Who chooses how", "prompt: Who chooses: how"),
                        BASICS_QUIZ + ":5", "YAML syntax: mapping values are not allowed here"),
                broken("missing required field",
                        c -> replaceOnce(c.resolve(BASICS_QUIZ), "    explanation: Peer support is person-directed.\n", ""),
                        BASICS_QUIZ + ":2", "missing required field 'explanation'"),
                broken("unknown field (typo 'corect')",
                        c -> replaceOnce(c.resolve(BASICS_QUIZ), "correct: true\n        feedback: Right, support", "corect: true\n        feedback: Right, support"),
                        BASICS_QUIZ + ":8", "unknown field 'corect'"),
                broken("unknown competency in a question",
                        c -> replaceOnce(c.resolve(TEXTING_QUIZ), "competency: sms-support\n    prompt: A text", "competency: texting-skills\n    prompt: A text"),
                        TEXTING_QUIZ + ":4", "question 'texting-q1': unknown competency 'texting-skills'"),
                broken("unknown competency in a scenario sub-question",
                        c -> replaceOnce(c.resolve(TEXTING_QUIZ), "        type: short-text\n", "        type: short-text\n        competency: hope\n"),
                        TEXTING_QUIZ + ":28", "question 'texting-q2b': unknown competency 'hope'"),
                broken("duplicate question id across two quizzes",
                        c -> replaceOnce(c.resolve(TEXTING_QUIZ), "id: texting-q1", "id: basics-q1"),
                        TEXTING_QUIZ + ":2", "duplicate question id 'basics-q1' (first used at minimal/" + BASICS_QUIZ + ":2)"),
                broken("duplicate id between the instrument and a quiz",
                        c -> replaceOnce(c.resolve(BASICS_QUIZ), "id: basics-q2", "id: pre-02"),
                        BASICS_QUIZ + ":14", "duplicate question id 'pre-02' (first used at minimal/assessment.yaml:"),
                broken("single question with no correct option",
                        c -> replaceOnce(c.resolve(BASICS_QUIZ), "correct: true\n        feedback: Right, support", "correct: false\n        feedback: Right, support"),
                        BASICS_QUIZ + ":3", "question 'basics-q1': no option is marked correct"),
                broken("single question with two correct options",
                        c -> replaceOnce(c.resolve(BASICS_QUIZ), "correct: false\n        feedback: No, the person", "correct: true\n        feedback: No, the person"),
                        BASICS_QUIZ + ":3", "exactly one correct option, found 2"),
                broken("single question with one option",
                        c -> replaceOnce(c.resolve(BASICS_QUIZ), "      - text: The agency\n        correct: false\n        feedback: No, the person chooses.\n", ""),
                        BASICS_QUIZ + ":3", "single 'basics-q1' needs 2 to 8 options, found 1"),
                broken("option without feedback",
                        c -> replaceOnce(c.resolve(BASICS_QUIZ), "        feedback: No, the person chooses.\n", ""),
                        BASICS_QUIZ + ":3", "question 'basics-q1': option 2 has no feedback"),
                broken("matching question with a duplicate right side",
                        c -> replaceOnce(c.resolve(BASICS_QUIZ), "right: A healthy limit", "right: a free choice"),
                        BASICS_QUIZ + ":30", "right item 'a free choice' appears twice"),
                broken("ordering question with two items",
                        c -> replaceOnce(c.resolve(TEXTING_QUIZ), "      - Document consent\n", ""),
                        TEXTING_QUIZ + ":32", "ordering 'texting-q3' needs 3 to 8 items, found 2"),
                broken("true-false question without an answer",
                        c -> replaceOnce(c.resolve(TEXTING_QUIZ), "    answer: false\n", ""),
                        TEXTING_QUIZ + ":3", "needs 'answer: true' or 'answer: false'"),
                broken("field of another question type",
                        c -> replaceOnce(c.resolve(TEXTING_QUIZ), "    answer: false\n", "    answer: false\n    accepted: [no]\n"),
                        TEXTING_QUIZ + ":3", "field 'accepted' is not used by type 'true-false'"),
                broken("scenario inside a scenario",
                        c -> replaceOnce(c.resolve(TEXTING_QUIZ), "        type: short-text\n", "        type: scenario\n"),
                        TEXTING_QUIZ + ":9", "a scenario cannot contain another scenario"),
                broken("unknown question type",
                        c -> replaceOnce(c.resolve(TEXTING_QUIZ), "type: true-false", "type: truefalse"),
                        TEXTING_QUIZ + ":3", "unknown type 'truefalse'"),
                broken("question id with capital letters",
                        c -> replaceOnce(c.resolve(TEXTING_QUIZ), "id: texting-q3", "id: Texting-Q3"),
                        TEXTING_QUIZ + ":31", "question id 'Texting-Q3' must use lower-case letters"),
                broken("field appearing twice",
                        c -> replaceOnce(c.resolve(TEXTING_QUIZ), "    answer: false\n", "    answer: false\n    answer: true\n"),
                        TEXTING_QUIZ + ":7", "field 'answer' appears twice"),
                broken("dangling module listed in course.yaml without a folder",
                        c -> replaceOnce(c.resolve("course.yaml"), "  - texting\n", "  - texting\n  - advanced\n"),
                        "course.yaml:18", "module 'advanced' is listed but no modules/NN-*/module.yaml has that id"),
                broken("module folder not listed in course.yaml",
                        c -> replaceOnce(c.resolve("course.yaml"), "  - texting\n", ""),
                        "modules/02-texting/module.yaml:1", "module 'texting' is not listed in course.yaml modules"),
                broken("module listed twice",
                        c -> replaceOnce(c.resolve("course.yaml"), "  - texting\n", "  - texting\n  - basics\n"),
                        "course.yaml:18", "module 'basics' is listed twice"),
                broken("two module folders with the same id",
                        c -> write(c.resolve("modules/03-copy/module.yaml"), read(c.resolve("modules/01-basics/module.yaml"))),
                        "modules/03-copy/module.yaml:1", "module id 'basics' is also used by minimal/modules/01-basics"),
                broken("module with an unknown competency",
                        c -> replaceOnce(c.resolve("modules/01-basics/module.yaml"), "[rights, crisis]", "[rights, hope]"),
                        "modules/01-basics/module.yaml:6", "unknown competency 'hope'"),
                broken("module.yaml with an unknown field",
                        c -> replaceOnce(c.resolve("modules/01-basics/module.yaml"), "estimated_minutes: 30", "estimated_minute: 30"),
                        "modules/01-basics/module.yaml:7", "unknown field 'estimated_minute'"),
                broken("module pass mark above 100",
                        c -> replaceOnce(c.resolve("modules/02-texting/module.yaml"), "pass_mark: 70", "pass_mark: 170"),
                        "modules/02-texting/module.yaml:8", "'pass_mark' must be between 1 and 100, found 170"),
                broken("script tag in a lesson",
                        c -> write(c.resolve(WELCOME), read(c.resolve(WELCOME)) + "\n<script>alert('hi')</script>\n"),
                        WELCOME + ":9", "unsafe or unsupported HTML in a lesson"),
                broken("event-handler attribute in a lesson",
                        c -> replaceOnce(c.resolve(WELCOME), "for more.", "for <b onclick=\"steal()\">more</b>."),
                        WELCOME + ":7", "unsafe or unsupported HTML"),
                broken("javascript: link in a lesson",
                        c -> replaceOnce(c.resolve(WELCOME), "https://example.org/guide", "javascript:alert(1)"),
                        WELCOME + ":7", "link scheme not allowed: javascript:alert(1)"),
                broken("lesson without front matter",
                        c -> write(c.resolve("modules/01-basics/02-consent.md"), "Ask first.\n"),
                        "modules/01-basics/02-consent.md:1", "a lesson must start with front matter"),
                broken("lesson front matter never closed",
                        c -> replaceOnce(c.resolve("modules/01-basics/02-consent.md"), "minutes: 15\n---\n", "minutes: 15\n"),
                        "modules/01-basics/02-consent.md:1", "the front matter is not closed"),
                broken("completion rule with an unknown field",
                        c -> replaceOnce(c.resolve("course.yaml"), "post_test_required: true", "post_test_required: true\n  every_lesson_red: true"),
                        "course.yaml:24", "unknown field 'every_lesson_red'"),
                broken("post-test minimum above 100",
                        c -> replaceOnce(c.resolve("course.yaml"), "post_test_required: true", "post_test_required: true\n  post_test_min_percent: 101"),
                        "course.yaml:24", "'post_test_min_percent' must be between 0 and 100, found 101"),
                broken("YAML syntax error in lesson front matter",
                        c -> replaceOnce(c.resolve("modules/01-basics/02-consent.md"), "minutes: 15", "minutes: 15: x"),
                        "modules/01-basics/02-consent.md:3", "YAML syntax: mapping values are not allowed here"),
                broken("lesson without text",
                        c -> write(c.resolve("modules/01-basics/02-consent.md"), "---\ntitle: Consent\nminutes: 15\n---\n\n"),
                        "modules/01-basics/02-consent.md:5", "the lesson has no text after the front matter"),
                broken("markdown file that is not named like a lesson",
                        c -> write(c.resolve("modules/01-basics/notes.md"), "Some notes\n"),
                        "modules/01-basics/notes.md:1", "lesson file names look like 01-short-title.md"),
                broken("module without lessons",
                        c -> delete(c.resolve("modules/02-texting/01-safe-texts.md")),
                        "modules/02-texting/module.yaml:1", "the module has no lessons"),
                broken("version not semver",
                        c -> replaceOnce(c.resolve("course.yaml"), "version: 1.0.0", "version: 1.0"),
                        "course.yaml:3", "version '1.0' is not a semantic version"),
                broken("ce_hours not a number",
                        c -> replaceOnce(c.resolve("course.yaml"), "ce_hours: 2", "ce_hours: two"),
                        "course.yaml:6", "'ce_hours' must be a number, found 'two'"),
                broken("ce_hours zero",
                        c -> replaceOnce(c.resolve("course.yaml"), "ce_hours: 2", "ce_hours: 0"),
                        "course.yaml:6", "'ce_hours' must be greater than 0"),
                broken("duplicate competency id",
                        c -> replaceOnce(c.resolve("course.yaml"), "modules:\n", "  - id: rights\n    title: Rights again\n    description: Twice.\nmodules:\n"),
                        "course.yaml:18", "duplicate competency id 'rights'"),
                broken("course.yaml that is a list",
                        c -> write(c.resolve("course.yaml"), "- id: mini\n"),
                        "course.yaml:1", "the file must contain fields"),
                broken("missing course.yaml",
                        c -> delete(c.resolve("course.yaml")),
                        "course.yaml:1", "file is missing"),
                broken("missing quiz.yaml",
                        c -> delete(c.resolve(TEXTING_QUIZ)),
                        TEXTING_QUIZ + ":1", "file is missing"),
                broken("missing assessment.yaml",
                        c -> delete(c.resolve("assessment.yaml")),
                        "assessment.yaml:1", "file is missing"),
                broken("empty quiz.yaml",
                        c -> write(c.resolve(TEXTING_QUIZ), ""),
                        TEXTING_QUIZ + ":1", "the file is empty"),
                broken("quiz with an empty question list",
                        c -> write(c.resolve(TEXTING_QUIZ), "questions: []\n"),
                        TEXTING_QUIZ + ":1", "'questions' must not be empty"),
                broken("module folder without module.yaml",
                        c -> write(c.resolve("modules/03-extra/01-intro.md"), "---\ntitle: x\nminutes: 1\n---\nText\n"),
                        "modules/03-extra:1", "module folder has no module.yaml"),
                broken("file that is not UTF-8",
                        c -> writeBytes(c.resolve(BASICS_QUIZ), new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'}),
                        BASICS_QUIZ + ":1", "file is not valid UTF-8 text"),
                broken("self-referencing scenario through a YAML alias",
                        c -> write(c.resolve(TEXTING_QUIZ), """
                                questions:
                                  - &loop
                                    id: loop
                                    type: scenario
                                    competency: crisis
                                    prompt: Again and again.
                                    vignette: A story.
                                    explanation: Why.
                                    questions: [*loop, *loop]
                                """),
                        TEXTING_QUIZ + ":4", "question 'loop': a scenario cannot contain another scenario"));
    }

    private static Arguments broken(String kind, Consumer<Path> edit, String fileAndLine, String fragment) {
        return Arguments.of(Named.of(kind, edit), "minimal/" + fileAndLine, fragment);
    }

    private static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} is reported at {1}")
    @MethodSource("brokenInputs")
    void brokenInputIsReportedWithItsFileAndLine(Consumer<Path> edit, String fileAndLine, String fragment) {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        edit.accept(course);

        CurriculumReadResult result = CurriculumReader.read(course, "minimal");

        assertThat(result.valid()).as(result.report()).isFalse();
        assertThat(result.course()).isNull();
        String prefix = fileAndLine + ": ";
        assertThat(result.problems())
                .as("expected a problem starting '%s' containing '%s', got:%n%s", prefix, fragment, result.report())
                .anyMatch(p -> p.toString().startsWith(prefix) && p.message().contains(fragment));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void brokenInputIsNeverValidAndReportListsOneProblemPerLine(Consumer<Path> edit, String fileAndLine, String fragment) {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        edit.accept(course);

        CurriculumReadResult result = CurriculumReader.read(course, "minimal");

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).isNotEmpty();
        List<String> lines = result.report().lines().toList();
        assertThat(lines).hasSameSizeAs(result.problems());
        assertThat(lines).allMatch(l -> l.matches("minimal/[^:]+:[1-9]\\d*: \\S.*"), "each line is file:line: message");
        assertThat(lines).containsExactlyElementsOf(result.problems().stream().map(Problem::toString).toList());
        assertThat(result.problems()).as("problems are sorted by file, then line")
                .isSortedAccordingTo(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        assertThat(result.problems()).as("no problem is reported twice").doesNotHaveDuplicates();
    }

    @Test
    void aQuizReviewOptionIsReadAndAnUnknownOneIsReportedAtItsLine() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        replaceOnce(course.resolve(BASICS_QUIZ), "questions:\n  - id: basics-q1", "review: after-last-attempt\nquestions:\n  - id: basics-q1");
        replaceOnce(course.resolve(TEXTING_QUIZ), "questions:\n  - id: texting-q1", "title: Texting\nreview: sometimes\nquestions:\n  - id: texting-q1");

        CurriculumReadResult result = CurriculumReader.read(course, "minimal");

        assertThat(result.report()).contains("minimal/modules/02-texting/quiz.yaml:2: 'review' must be immediately, after-last-attempt or never, found 'sometimes'");
        replaceOnce(course.resolve(TEXTING_QUIZ), "review: sometimes", "review: never");
        var modules = validCourse(CurriculumReader.read(course, "minimal")).modules();
        assertThat(modules).extracting(Definitions.Module::quizReview)
                .containsExactly(org.peercert.assessment.ReviewOption.AFTER_LAST_ATTEMPT, org.peercert.assessment.ReviewOption.NEVER);
        assertThat(validCourse(CurriculumReader.read(CurriculumFixtures.MINIMAL, "minimal")).modules())
                .as("without the key: immediately").extracting(Definitions.Module::quizReview)
                .containsOnly(org.peercert.assessment.ReviewOption.IMMEDIATELY);
    }

    @Test
    void problemsInSeveralFilesAreAllReportedAtOnce() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        replaceOnce(course.resolve("course.yaml"), "version: 1.0.0", "version: one");
        replaceOnce(course.resolve("assessment.yaml"), "competency: crisis\n    prompt: Which three", "competency: courage\n    prompt: Which three");
        replaceOnce(course.resolve(BASICS_QUIZ), "correct: true\n        feedback: Right, support", "corect: true\n        feedback: Right, support");
        replaceOnce(course.resolve(TEXTING_QUIZ), "type: true-false", "type: yes-no");
        replaceOnce(course.resolve(WELCOME), "https://example.org/guide", "javascript:alert(1)");
        replaceOnce(course.resolve("modules/02-texting/module.yaml"), "estimated_minutes: 20", "estimated_minutes: soon");

        CurriculumReadResult result = CurriculumReader.read(course, "minimal");

        assertThat(result.valid()).isFalse();
        assertThat(result.report())
                .contains("minimal/course.yaml:3: version 'one' is not a semantic version")
                .contains("minimal/assessment.yaml:25: question 'pre-03': unknown competency 'courage'")
                .contains("minimal/modules/01-basics/quiz.yaml:8: unknown field 'corect'")
                .contains("minimal/modules/01-basics/quiz.yaml:3: question 'basics-q1': no option is marked correct")
                .contains("minimal/modules/01-basics/01-welcome.md:7: link scheme not allowed")
                .contains("minimal/modules/02-texting/quiz.yaml:3: question 'texting-q1': unknown type 'yes-no'")
                .contains("minimal/modules/02-texting/module.yaml:7: 'estimated_minutes' must be a whole number, found 'soon'");
        assertThat(result.problems().stream().map(Problem::file).distinct()).hasSize(6);
    }

    @Test
    void aMissingCourseFolderIsAProblemNotAnException() {
        CurriculumReadResult result = CurriculumReader.read(temp.resolve("nowhere"), "nowhere");

        assertThat(result.valid()).isFalse();
        assertThat(result.report()).isEqualTo("nowhere/course.yaml:1: file is missing");
    }

    @Test
    void windowsLineEndingsAreAccepted() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        for (String file : List.of("course.yaml", BASICS_QUIZ, WELCOME)) {
            write(course.resolve(file), read(course.resolve(file)).replace("\n", "\r\n"));
        }

        CurriculumReadResult result = CurriculumReader.read(course, "minimal");

        assertThat(result.valid()).as(result.report()).isTrue();
        assertThat(result.course().contentHash())
                .isEqualTo(CurriculumReader.read(CurriculumFixtures.MINIMAL, "minimal").course().contentHash());
    }

    @Test
    void aLineNumberInALessonCountsTheFrontMatter() {
        Path course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        write(course.resolve(WELCOME), """
                ---
                title: Welcome
                minutes: 10
                ---
                First paragraph.

                Second paragraph with <iframe src="https://evil.example"></iframe> inside.
                """);

        assertThat(CurriculumReader.read(course, "minimal").report())
                .startsWith("minimal/" + WELCOME + ":7: unsafe or unsupported HTML in a lesson");
    }

    // ---------------------------------------------------------------- helpers

    private static Definitions.Course validCourse(CurriculumReadResult result) {
        assertThat(result.problems()).as(result.report()).isEmpty();
        assertThat(result.valid()).isTrue();
        return result.course();
    }

    private static Stream<QuestionDefinition> flatten(List<QuestionDefinition> questions) {
        return questions.stream().flatMap(q -> Stream.concat(Stream.of(q), flatten(Questions.parts(q))));
    }
}
