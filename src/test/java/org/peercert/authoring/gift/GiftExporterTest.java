package org.peercert.authoring.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peercert.authoring.gift.GiftReport.Entry;
import org.peercert.authoring.gift.GiftReport.Status;

/** Bank files written as GIFT, and read back to the same questions. */
class GiftExporterTest {

    @Test
    void exportedSampleBanksReimportToTheSameQuestions() throws IOException {
        var imported = GiftImporter.read(GiftImporterTest.sample(), "crisis", Set.of(), "imported");

        for (BankFile bank : imported.files()) {
            var exported = GiftExporter.export(bank.yaml(), GiftExporter.category(bank.yaml(), bank.path()));
            var again = GiftImporter.read(exported.gift(), "crisis", Set.of(), "other");

            assertThat(exported.report().count(Status.SKIPPED)).isZero();
            assertThat(again.report().count(Status.SKIPPED)).isZero();
            assertThat(again.files()).singleElement().satisfies(file -> {
                assertThat(file.path()).isEqualTo(bank.path());
                assertThat(file.questions()).isEqualTo(bank.questions());
            });
        }
    }

    @Test
    void specialCharactersAndLineBreaksAreEscaped() throws IOException {
        var imported = GiftImporter.read(GiftImporterTest.sample(), "crisis", Set.of(), "imported");
        String gift = GiftExporter.export(imported.files().getFirst().yaml(), "Crisis support").gift();

        assertThat(gift).contains("::escapes-all-of-them::Which line shows the GIFT specials \\~ \\= \\# \\{ \\}? {")
                .contains("\t=a \\~ b \\= c#right \\# hash\n")
                .contains("####Backslash\\: escapes \\~ \\= \\# \\{ \\} and \\\\ stays.")
                .contains("\t~%50%Warning signs#Yes, they come first.\n")
                .contains("\t~%-100%A promise to keep it secret#No\\: a plan is shared.\n")
                .contains("\t~%33.33333%It is documented#Yes.\n");
    }

    @Test
    void orderingAndScenarioQuestionsAreReportedAsSkipped() {
        String yaml = """
                title: Mixed
                questions:
                  - id: steps
                    type: ordering
                    competency: crisis
                    prompt: Order the steps.
                    items: [a, b, c]
                    explanation: First a.
                  - id: case
                    type: scenario
                    competency: crisis
                    prompt: A case.
                    explanation: Read it.
                  - id: free
                    type: true-false
                    competency: crisis
                    prompt: 988 is free.
                    answer: true
                    points: 2
                    explanation: It is.
                """;

        var result = GiftExporter.export(yaml, "Mixed");

        assertThat(result.report().entries()).extracting(Entry::id, Entry::status, Entry::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("steps", Status.SKIPPED, "type 'ordering' has no GIFT form"),
                org.assertj.core.groups.Tuple.tuple("case", Status.SKIPPED, "type 'scenario' has no GIFT form"),
                org.assertj.core.groups.Tuple.tuple("free", Status.WARNING, "points 2 not kept: GIFT questions count 1"));
        assertThat(result.gift()).contains("::free::988 is free. {\nTRUE\t####It is.\n}").doesNotContain("steps", "A case.");
    }

    @Test
    void aFileWithoutQuestionsCannotBeExported() {
        assertThatThrownBy(() -> GiftExporter.export("title: x\n", "x")).isInstanceOf(GiftException.class)
                .hasMessage("the file has no 'questions:' list to export");
    }
}
