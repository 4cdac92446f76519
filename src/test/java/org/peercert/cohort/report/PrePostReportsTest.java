package org.peercert.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.QuestionBank;
import org.peercert.cohort.report.ItemAnalysis.TestAnalysis;
import org.peercert.cohort.report.PrePostReport.Score;
import org.peercert.cohort.report.stats.ItemStatistics.Flag;
import org.peercert.learning.CompetencyScore;
import org.peercert.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The reports read real attempts, graded by the real attempt engine on the embedded MariaDB, for a cohort-like
 * scope of three trainees (the shared database holds other tests' trainees: a scope keeps them out).
 */
@PeerCertTest
class PrePostReportsTest {

    @Autowired LearningService learning;
    @Autowired QuestionBank questionBank;
    @Autowired PrePostReports reports;
    @Autowired ItemAnalyses itemAnalyses;

    @Autowired ApplicationContext context;
    @Autowired NamedParameterJdbcTemplate jdbc;

    private ReportFixtures.Trainee trainee(String name, int preRight, boolean takesPost) {
        return new ReportFixtures(context).trainee(name, preRight, takesPost);
    }

    @Test
    void cohortReportPairsPreAndPostCountsMissingPostAndAgreesWithEachTraineesResultsPage() {
        ReportFixtures.Trainee improver = trainee("Ana Improver", 1, true);
        ReportFixtures.Trainee topScorer = trainee("Ben Top", Integer.MAX_VALUE, true);
        ReportFixtures.Trainee notYet = trainee("Cy Notyet", 1, false);
        var scope = new ReportScope("Test cohort", improver.versionId(), List.of(improver.enrollment(), topScorer.enrollment(), notYet.enrollment()));

        PrePostReport report = reports.report(scope);

        assertThat(report.enrolled()).isEqualTo(3);
        assertThat(report.withPre()).isEqualTo(3);
        assertThat(report.missingPost()).isEqualTo(1);
        assertThat(report.overall().stats().n()).isEqualTo(2);
        assertThat(report.overall().stats().meanPost().get()).isCloseTo(100, within(1e-9));
        // the top scorer started at 100 %: no individual gain, counted as excluded
        assertThat(report.overall().stats().gainsExcluded()).isEqualTo(1);
        assertThat(report.trainees()).extracting(PrePostReport.TraineeScores::name).containsExactly("Ana Improver", "Ben Top", "Cy Notyet");
        // per competency, the improver's scores are those of the results page (which rounds to 0.1)
        Map<String, Score> mine = report.trainees().getFirst().scores().stream().collect(Collectors.toMap(Score::competencyKey, s -> s));
        for (CompetencyScore own : learning.report(improver.user(), improver.enrollment()).scores()) {
            assertThat(mine.get(own.key()).pre()).isCloseTo(own.pre(), within(0.05));
            assertThat(mine.get(own.key()).post()).isCloseTo(own.post(), within(0.05));
        }
        assertThat(report.competencies()).isNotEmpty().allSatisfy(c -> assertThat(c.stats().n()).isEqualTo(2));
    }

    @Test
    void itemAnalysisOfThePreTestUsesEachTraineesFirstAttempt() {
        ReportFixtures.Trainee a = trainee("Dee First", 1, false);
        ReportFixtures.Trainee b = trainee("Eli Second", 1, false);
        ReportFixtures.Trainee c = trainee("Fay Third", Integer.MAX_VALUE, false);
        var scope = new ReportScope("Item cohort", a.versionId(), List.of(a.enrollment(), b.enrollment(), c.enrollment()));

        ItemAnalysis analysis = itemAnalyses.analyse(scope);

        TestAnalysis pre = analysis.tests().stream().filter(t -> t.purpose() == AttemptPurpose.PRE_TEST).findFirst().orElseThrow();
        assertThat(pre.quizKey()).isEqualTo(QuestionBank.INSTRUMENT);
        assertThat(pre.attempts()).isEqualTo(3);
        String firstQuestion = questionBank.quiz(a.versionId(), QuestionBank.INSTRUMENT).getFirst().id();
        var first = pre.items().getFirst();
        assertThat(first.questionKey()).isEqualTo(firstQuestion);
        assertThat(first.prompt()).isNotBlank();
        assertThat(first.stats().facility().get()).isEqualTo(100);
        assertThat(first.stats().flags()).contains(Flag.TOO_EASY);
        // every later item: right only for the one who answered everything, 1 of 3
        assertThat(pre.items().get(1).stats().facility().get()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(analysis.tests()).noneMatch(t -> t.purpose() == AttemptPurpose.POST_TEST);
        // the first question is single choice: all three chose its right option, read back through each attempt's seed
        assertThat(first.options()).filteredOn(ItemAnalysis.OptionCount::correct).singleElement()
                .satisfies(o -> assertThat(o.count()).isEqualTo(3));
        assertThat(first.options().getLast().text()).isNull(); // the no-response row
        assertThat(first.options().getLast().count()).isZero();
        assertThat(first.options().stream().mapToInt(ItemAnalysis.OptionCount::count).sum()).isEqualTo(3);
    }

    @Test
    void optionCountsRecordedAtSubmitEqualThoseReadBackFromAttemptsGradedBeforeTheyWereRecorded() {
        ReportFixtures.Trainee a = trainee("Gil Recorded", 0, false);
        ReportFixtures.Trainee b = trainee("Hal Recorded", 1, false);
        ReportFixtures.Trainee c = trainee("Ida Recorded", Integer.MAX_VALUE, false);
        List<Long> enrollments = List.of(a.enrollment(), b.enrollment(), c.enrollment());
        var scope = new ReportScope("Recorded cohort", a.versionId(), enrollments);
        var ids = new MapSqlParameterSource("ids", enrollments);
        String theirItems = " FROM attempt_item i JOIN attempt t ON t.id = i.attempt_id JOIN enrollment e"
                + " ON e.user_id = t.user_id AND e.course_version_id = t.course_version_id WHERE e.id IN (:ids)";
        assertThat(jdbc.queryForObject("SELECT COUNT(*)" + theirItems + " AND i.responses IS NULL", ids, Integer.class)).isZero();

        List<List<ItemAnalysis.OptionCount>> recorded = preTestOptions(scope);
        jdbc.update("UPDATE attempt_item SET responses = NULL WHERE attempt_id IN (SELECT i.attempt_id" + theirItems + ")", ids);
        List<List<ItemAnalysis.OptionCount>> readBack = preTestOptions(scope);

        assertThat(readBack).isEqualTo(recorded);
        // the first question was answered by all three, a later one with options only by the one who answered everything
        assertThat(recorded.getFirst().getLast().count()).isZero();
        assertThat(recorded.getFirst().stream().mapToInt(ItemAnalysis.OptionCount::count).sum()).isEqualTo(3);
        var later = recorded.stream().skip(1).filter(options -> !options.isEmpty()).findFirst().orElseThrow();
        assertThat(later).filteredOn(ItemAnalysis.OptionCount::correct).extracting(ItemAnalysis.OptionCount::count).containsOnly(1);
        assertThat(later.getLast().count()).isEqualTo(2);
    }

    private List<List<ItemAnalysis.OptionCount>> preTestOptions(ReportScope scope) {
        return itemAnalyses.analyse(scope).tests().stream().filter(t -> t.purpose() == AttemptPurpose.PRE_TEST).findFirst().orElseThrow()
                .items().stream().map(ItemAnalysis.Item::options).toList();
    }

    @Test
    void anEmptyCohortGivesAReportWithNothingPaired() {
        var c = trainee("Gus Lone", 1, false);

        PrePostReport report = reports.report(new ReportScope("Empty", c.versionId(), List.of()));

        assertThat(report.enrolled()).isZero();
        assertThat(report.overall().stats().n()).isZero();
        assertThat(itemAnalyses.analyse(new ReportScope("Empty", c.versionId(), List.of())).tests()).isEmpty();
    }
}
