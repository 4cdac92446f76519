package org.peercert.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.cohort.report.PrePostReport.CompetencyComparison;
import org.peercert.cohort.report.PrePostReport.Score;
import org.peercert.cohort.report.PrePostReport.TraineeScores;
import org.peercert.cohort.report.stats.ItemAnalysisMath;
import org.peercert.cohort.report.stats.PairedStatistics;

/** The CSV (named and de-identified) and the PDF, from a report built by hand: two trainees, one competency. */
class ReportExportsTest {

    /** Texts are their keys, so the test sees which text went where; the two formats keep their placeholders. */
    private static final Function<String, String> KEYS = key -> switch (key) {
        case "report.counts" -> "counts %d %d %d %d";
        case "report.item.summary" -> "summary %d %s";
        default -> key;
    };

    private static PrePostReport report() {
        var forger = new TraineeScores(1, "=HYPERLINK(\"http://evil\")", "forger@example.org", List.of(
                new Score("rights", "Protecting rights", 50, 40.0), new Score(PrePostReport.OVERALL_KEY, "", 50, 40.0)));
        var late = new TraineeScores(2, "Lia Late", "lia@example.org", List.of(
                new Score("rights", "Protecting rights", 100, null), new Score(PrePostReport.OVERALL_KEY, "", 100, null)));
        var stats = PairedStatistics.compare(new double[] {50, 70}, new double[] {40, 90});
        var rights = new CompetencyComparison("rights", "Protecting rights", stats, 1);
        return new PrePostReport(ReportScope.version("DPSC 1.0 (all)", 7), "DPSC", "1.0", 3, 2, List.of(rights),
                new CompetencyComparison(PrePostReport.OVERALL_KEY, "", stats, 1), List.of(forger, late));
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void csvHasOneRowPerTraineeAndCompetencyWithFormulasMadeInertAndNumbersAsTheyAre() throws Exception {
        List<CSVRecord> rows = parse(ReportCsv.write(report(), false));

        assertThat(rows).hasSize(4); // 2 trainees × (1 competency + overall)
        assertThat(rows.getFirst().get("name")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.getFirst().get("competency_key")).isEqualTo("rights");
        assertThat(rows.getFirst().get("change")).isEqualTo("-10.0");
        assertThat(rows.getFirst().get("normalized_gain")).isEqualTo("-0.200"); // (40 − 50) / (100 − 50)
        assertThat(rows.get(1).get("competency_key")).isEqualTo(PrePostReport.OVERALL_KEY);
        // no post-test yet: empty cells, not zeros; pre = 100 has no gain
        assertThat(rows.get(2).get("post_percent")).isEmpty();
        assertThat(rows.get(2).get("normalized_gain")).isEmpty();
    }

    @Test
    void deIdentifiedCsvHasAFreshRandomCodePerTraineeAndNoNameOrEmail() throws Exception {
        String csv = ReportCsv.write(report(), true);
        List<CSVRecord> rows = parse(csv);

        assertThat(csv).doesNotContain("HYPERLINK", "Lia", "example.org");
        assertThat(rows.getFirst().toMap()).doesNotContainKeys("name", "email");
        Map<String, List<String>> codes = rows.stream().collect(Collectors.groupingBy(r -> r.get("trainee_code"),
                Collectors.mapping(r -> r.get("competency_key"), Collectors.toList())));
        assertThat(codes).hasSize(2).allSatisfy((code, keys) -> {
            assertThat(code).matches("T-[0-9A-HJKMNP-TV-Z]{8}");
            assertThat(keys).containsExactly("rights", PrePostReport.OVERALL_KEY);
        });
        var again = parse(ReportCsv.write(report(), true)).stream().map(r -> r.get("trainee_code")).collect(Collectors.toSet());
        assertThat(again).doesNotContainAnyElementsOf(codes.keySet());
    }

    @Test
    void pdfReportPrintsTheTablesTheirFiguresAndTheItemAnalysis() throws Exception {
        var test = new ItemAnalysis.TestAnalysis("_instrument", AttemptPurpose.PRE_TEST, "", 5,
                ItemAnalysisMath.analyse(new double[][] {{1, 1}, {1, 0}, {0, 0}}, new double[] {1, 1}).alpha(),
                List.of(new ItemAnalysis.Item("q-consent", "What makes consent valid?", "rights", 1,
                        ItemAnalysisMath.analyse(new double[][] {{1, 1}, {1, 0}, {0, 0}}, new double[] {1, 1}).items().getFirst(),
                        List.of(new ItemAnalysis.OtherVersion("0.9", 12, 55.0)),
                        List.of(new ItemAnalysis.OptionCount("Freely given", true, 2), new ItemAnalysis.OptionCount(null, false, 1)))));
        byte[] pdf = ReportPdf.write(report(), new ItemAnalysis(report().scope(), List.of(test)), new ReportText(KEYS), LocalDate.of(2026, 12, 2));

        java.nio.file.Files.write(java.nio.file.Path.of("target/report-sample.pdf"), pdf); // to look at
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("DPSC 1.0 (all)", "2026-12-02", "Protecting rights", "report.col.dz", "report.test.pre",
                "q-consent — What makes consent valid?", "0.9: 55.0 % (12)",
                "Freely given ✓: 2;");
        // differences −10 and 20: mean 5, SD 21.21, t(1) = 5 / (21.21/√2) = 0.33
        assertThat(text).contains("t(1) = 0.33");
    }
}
