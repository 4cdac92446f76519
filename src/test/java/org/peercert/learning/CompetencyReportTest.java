package org.peercert.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompetencyReportTest {

    private static CompetencyReport report(CompetencyScore... scores) {
        return new CompetencyReport(1, "Course", true, List.of(scores), List.of(), List.of());
    }

    @Test
    void headlineGainIsTheClassAverageGainAndCountsACompetencyThatFell() {
        // the probe's case: two competencies gain fully, one falls from 100 % to 67 %
        var report = report(new CompetencyScore("a", "A", 40, 100), new CompetencyScore("b", "B", 50, 100),
                new CompetencyScore("c", "C", 100, 67));

        // mean pre 63.33, mean post 89: <g> = 25.67 / 36.67 = 0.70, where the mean of the defined g's says 1.00
        assertThat(report.classAverageGain()).isEqualTo(0.70);
        assertThat(report.drops()).extracting(CompetencyScore::key).containsExactly("c");
        assertThat(report.scores().get(2).normalizedGain()).isNull();
    }

    @Test
    void gainIsUndefinedOnlyWhenEverythingStartedAtTheTop() {
        assertThat(report(new CompetencyScore("a", "A", 100, 100)).classAverageGain()).isNull();
        assertThat(report().classAverageGain()).isNull();
        assertThat(report(new CompetencyScore("a", "A", 100, 90), new CompetencyScore("b", "B", 0, 0)).classAverageGain())
                .isEqualTo(-0.10);
    }

    @Test
    void noDropsWhenNothingFell() {
        assertThat(report(new CompetencyScore("a", "A", 40, 40), new CompetencyScore("b", "B", 20, 80)).drops()).isEmpty();
    }
}
