package org.peercert.authoring.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.authoring.gift.GiftReport.Entry;
import org.peercert.authoring.gift.GiftReport.Status;
import org.peercert.curriculum.format.CurriculumReader;
import org.springframework.util.FileSystemUtils;

/** GIFT → question-bank files: src/test/resources/gift/sample.gift holds every construct the importer knows. */
class GiftImporterTest {

    private static final Path MINIMAL_COURSE = Path.of("src", "test", "resources", "curriculum-fixtures", "minimal");

    static String sample() throws IOException {
        return Files.readString(Path.of("src/test/resources/gift/sample.gift"), StandardCharsets.UTF_8);
    }

    private static GiftImporter.Result importSample() throws IOException {
        return GiftImporter.read(sample(), "crisis", Set.of(), "imported");
    }

    private static Map<String, Object> question(GiftImporter.Result result, String id) {
        return result.files().stream().flatMap(f -> f.questions().stream()).filter(q -> q.get("id").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void sampleImportsElevenQuestionsAndSkipsEightEachReportedAtItsLine() throws IOException {
        GiftReport report = importSample().report();

        assertThat(report.imported()).isEqualTo(11);
        assertThat(report.count(Status.IMPORTED)).isEqualTo(8);
        assertThat(report.count(Status.WARNING)).isEqualTo(3);
        assertThat(report.count(Status.SKIPPED)).isEqualTo(8);
        assertThat(report.entries()).extracting(e -> e.line() + " " + e.title() + " " + e.id() + " " + e.status() + ": " + e.message())
                .containsExactly(
                        "7 Crisis line crisis-line IMPORTED: imported as single",
                        "15 Safety plan safety-plan IMPORTED: imported as multiple",
                        "23 Consent facts consent-facts IMPORTED: imported as multiple",
                        "32 Crisis can wait crisis-can-wait WARNING: true-false has one explanation, no feedback per answer: kept 'A crisis needs a prompt response.'",
                        "35 Peer supporters share lived experience. peer-supporters-share-lived-experience WARNING: no general feedback (####): the explanation reads 'The explanation is still to be written.' for you to write",
                        "38 Lifeline digits lifeline-digits IMPORTED: imported as short-text",
                        "41 Match the tools match-the-tools IMPORTED: imported as matching",
                        "49 Escapes : all of them escapes-all-of-them IMPORTED: imported as single",
                        "56 Html prompt html-prompt WARNING: HTML was turned into plain text: check the wording",
                        "61 Essay null SKIPPED: an essay question ({}) is not supported",
                        "64 Numeric null SKIPPED: a numerical question ({#...}) is not supported",
                        "67 Missing word null SKIPPED: text after the answers (a missing-word question) is not supported: put the answers at the end",
                        "70 Cloze null SKIPPED: embedded answers (cloze, {1:MULTICHOICE:...}) are not supported",
                        "73 Unterminated null SKIPPED: the '{' of the answers is never closed with '}' (a question may not contain a blank line)",
                        "76 Unknown form null SKIPPED: the answers are in no form GIFT knows: start each with = (right) or ~ (wrong)",
                        "79 Two right null SKIPPED: more than one right answer (=) among the choices: give the right ones weights (~%50%) for a multiple-answer question",
                        "82 Just text null SKIPPED: no answers in { }: this is a description, not a question",
                        "85 Crisis line crisis-line-2 IMPORTED: imported as true-false",
                        "88 Markdown markdown IMPORTED: imported as true-false");
    }

    @Test
    void eachCategoryBecomesOneBankFileNamedAfterItsPath() throws IOException {
        var files = importSample().files();

        assertThat(files).extracting(BankFile::path, BankFile::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bank/crisis-support.yaml", "Crisis support"),
                org.assertj.core.groups.Tuple.tuple("bank/refused-and-more.yaml", "Refused and more"));
        assertThat(files.get(0).questions()).hasSize(9);
        assertThat(files.get(1).questions()).extracting(q -> q.get("id")).containsExactly("crisis-line-2", "markdown");
    }

    @Test
    void questionsBeforeAnyCategoryGoToTheDefaultBankFile() {
        var result = GiftImporter.read("Is 988 free?{T####Yes.}", "crisis", Set.of(), "My Import");

        assertThat(result.files()).extracting(BankFile::path).containsExactly("bank/my-import.yaml");
    }

    @Test
    void weightsAreKeptOnlyWhenTheyAreNotEqualSharesOfTheRightOptions() throws IOException {
        var result = importSample();

        assertThat(options(question(result, "safety-plan"))).extracting(o -> o.get("weight")).containsExactly(50, 50, -100);
        assertThat(options(question(result, "consent-facts"))).allSatisfy(o -> assertThat(o).doesNotContainKey("weight"))
                .extracting(o -> o.get("correct")).containsExactly(true, true, true, false);
    }

    @Test
    void escapesAndLineBreaksBecomePlainText() throws IOException {
        var result = importSample();
        Map<String, Object> escapes = question(result, "escapes-all-of-them");

        assertThat(escapes.get("prompt")).isEqualTo("Which line shows the GIFT specials ~ = # { }?");
        assertThat(options(escapes)).extracting(o -> o.get("text") + " | " + o.get("feedback"))
                .containsExactly("a ~ b = c | right # hash", "{braces} | no { }");
        assertThat(escapes.get("explanation")).isEqualTo("Backslash: escapes ~ = # { } and \\ stays.");
        assertThat(question(result, "markdown").get("explanation")).isEqualTo("It is kept.\nAs it is.");
    }

    @Test
    void htmlIsReducedToItsText() throws IOException {
        var html = question(importSample(), "html-prompt");

        assertThat(html.get("prompt")).isEqualTo("Is boundaries & hours a topic?");
        assertThat(html.get("explanation")).isEqualTo("Yes, always.");
    }

    @Test
    void missingOptionFeedbackIsFilledWithNeutralTextAndFlagged() {
        var result = GiftImporter.read("::Hours::When do we reply? {=within agreed hours ~at once#No. ~never}", "crisis", Set.of(), "b");

        assertThat(result.report().entries()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(Status.WARNING);
            assertThat(e.message()).contains("2 of 3 options had no feedback (#): filled in 'Correct.' or 'Not quite.'");
        });
        assertThat(options(question(result, "hours"))).extracting(o -> o.get("feedback")).containsExactly("Correct.", "No.", "Not quite.");
    }

    @Test
    void idsAreMadeUniqueAgainstTheDraftsIds() throws IOException {
        var result = GiftImporter.read(sample(), "crisis", Set.of("crisis-line", "markdown"), "b");

        assertThat(result.report().entries()).extracting(Entry::id).filteredOn(id -> id != null)
                .contains("crisis-line-2", "crisis-line-3", "markdown-2").doesNotContain("crisis-line", "markdown");
    }

    @Test
    void everyImportedQuestionValidatesThroughTheCurriculumReader(@TempDir Path temp) throws IOException {
        Path course = copy(MINIMAL_COURSE, temp.resolve("course"));
        var result = importSample();
        for (BankFile file : result.files()) {
            Files.writeString(course.resolve(file.path()), file.yaml(), StandardCharsets.UTF_8);
        }
        List<String> ids = result.files().stream().flatMap(f -> f.questions().stream()).map(q -> String.valueOf(q.get("id"))).toList();
        Path quiz = course.resolve("modules/01-basics/quiz.yaml");
        Files.writeString(quiz, Files.readString(quiz) + "pick: [" + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]\n");

        var read = CurriculumReader.read(course, "c");

        assertThat(read.problems()).isEmpty();
        assertThat(read.course().modules().getFirst().quiz()).extracting(QuestionDefinition::id).containsSubsequence(ids);
    }

    @Test
    void aQuestionTheTypeRulesRefuseIsSkippedWithTheirReason() {
        var result = GiftImporter.read("::Pairs::Match. {=a -> b =c -> d}", "crisis", Set.of(), "b");

        assertThat(result.report().entries()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(Status.SKIPPED);
            assertThat(e.message()).isEqualTo("not a valid matching question: matching needs 3 to 8 pairs, found 2");
        });
        assertThat(result.files()).isEmpty();
    }

    @Test
    void aCompetencyMustBeChosen() {
        assertThatThrownBy(() -> GiftImporter.read("Q{T}", " ", Set.of(), "b")).isInstanceOf(GiftException.class)
                .hasMessageContaining("competency");
    }

    // ---- hostile input: a clear error or report, never a hang (every step is linear in the input) ----

    @Test
    void aFiveMegabyteLineIsRefusedAsTooLarge() {
        String huge = "x".repeat(5_000_000) + "{T}";

        assertThatThrownBy(() -> GiftImporter.read(huge, "crisis", Set.of(), "b")).isInstanceOf(GiftException.class)
                .hasMessage("the file is larger than 1 MB: split it into smaller files");
    }

    @Test
    void tenThousandQuestionsAreRefusedWithAHintToSplit() {
        String many = "Q{T####Yes.}\n\n".repeat(10_000);

        assertThatThrownBy(() -> GiftImporter.read(many, "crisis", Set.of(), "b")).isInstanceOf(GiftException.class)
                .hasMessage("the file has 10000 questions, more than 1000 for one question bank: split it into smaller files");
    }

    @Test
    void aThousandQuestionsWithOneTitleAllImportWithDistinctIds() {
        var result = GiftImporter.read("::Same::Q{T####Yes.}\n\n".repeat(1_000), "crisis", Set.of(), "b");

        assertThat(result.report().imported()).isEqualTo(1_000);
        assertThat(result.report().entries()).extracting(Entry::id).doesNotHaveDuplicates().contains("same", "same-1000");
    }

    @Test
    void anUnterminatedBraceRunningToTheEndOfTheFileIsSkipped() {
        var result = GiftImporter.read("::Open::Where {=a ~b " + "~c ".repeat(5_000), "crisis", Set.of(), "b");

        assertThat(result.report().entries()).singleElement().extracting(Entry::status, Entry::message).containsExactly(Status.SKIPPED,
                "the '{' of the answers is never closed with '}' (a question may not contain a blank line)");
    }

    @Test
    void aLongRunOfBackslashesIsReadAsEscapedBackslashes() {
        var result = GiftImporter.read("::Slashes::" + "\\".repeat(10_000) + "?{T####Yes.}", "crisis", Set.of(), "b");

        assertThat(result.report().entries()).singleElement().extracting(Entry::status).isEqualTo(Status.IMPORTED);
        assertThat(question(result, "slashes").get("prompt")).isEqualTo("\\".repeat(5_000) + "?");
    }

    @Test
    void aQuestionLongerThanTwentyThousandCharactersIsSkipped() {
        var result = GiftImporter.read("::Long::" + "\\".repeat(100_000) + "{T}\n\nShort?{F####No.}", "crisis", Set.of(), "b");

        assertThat(result.report().entries()).extracting(Entry::status, Entry::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Status.SKIPPED, "the question is longer than 20000 characters"),
                org.assertj.core.groups.Tuple.tuple(Status.IMPORTED, "imported as true-false"));
    }

    @Test
    void nestedBracesAreSkippedNotRecursed() {
        var result = GiftImporter.read("Deep" + "{".repeat(5_000) + "}".repeat(5_000), "crisis", Set.of(), "b");

        assertThat(result.report().entries()).singleElement().extracting(Entry::message).isEqualTo("a '{' inside the answers: write \\{ for a brace");
    }

    @Test
    void aFileWithANulCharacterIsRefusedAsNotText() {
        assertThatThrownBy(() -> GiftImporter.read("Q{T}\0", "crisis", Set.of(), "b")).isInstanceOf(GiftException.class)
                .hasMessageContaining("NUL");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> options(Map<String, Object> question) {
        return (List<Map<String, Object>>) question.get("options");
    }

    static Path copy(Path source, Path target) throws IOException {
        FileSystemUtils.copyRecursively(source, target);
        Files.createDirectories(target.resolve("bank"));
        return target;
    }
}
