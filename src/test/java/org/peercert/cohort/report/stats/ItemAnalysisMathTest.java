package org.peercert.cohort.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.peercert.cohort.report.stats.ItemStatistics.Flag;

/** Moodle's item statistics against a hand-computed example; tolerance 1e-6 (rounding only). */
class ItemAnalysisMathTest {

    private static final double EXACT = 1e-6;

    /**
     * Five trainees × four 1-point items (rows A–E), totals 4 3 2 2 1:
     * <pre>
     *   A 1 1 1 1      item 1: x = 1 1 1 1 0, rest = total − x = 3 2 1 1 1
     *   B 1 1 1 0      item 2: x = 1 1 1 0 0, rest = 3 2 1 2 1
     *   C 1 1 0 0      item 3: x = 1 1 0 1 0, rest = 3 2 2 1 1
     *   D 1 0 1 0      item 4: x = 1 0 0 0 1, rest = 3 3 2 2 0
     *   E 0 0 0 1
     * </pre>
     * Item 1: facility 4/5 = 80 %; var x = (4 × 0.2² + 0.8²)/4 = 0.2, SD √0.2 = 44.7214 %; rest mean 1.6, deviations
     * 1.4 0.4 −0.6 −0.6 −0.6, var (1.96 + 0.16 + 3 × 0.36)/4 = 0.8; cov = (0.2×1.4 + 0.2×0.4 − 0.2×0.6 − 0.2×0.6
     * + 0.8×0.6)/4 = 0.6/4 = 0.15; discrimination 0.15/√(0.2 × 0.8) = 0.15/0.4 = 37.5 %; sorted x 0 1 1 1 1 against
     * sorted rest 1 1 1 2 3 pair exactly as observed, cov max = 0.15, efficiency 100 %.
     * Item 2: facility 60 %, var 0.3, SD 54.7723 %; rest mean 1.8, deviations 1.2 0.2 −0.8 0.2 −0.8, var 2.8/4 = 0.7;
     * cov = (0.48 + 0.08 − 0.32 − 0.12 + 0.48)/4 = 0.15; discrimination 0.15/√0.21 = 32.7327 %; sorted x 0 0 1 1 1,
     * sorted rest 1 1 2 2 3: cov max = (0.48 + 0.48 + 0.08 + 0.08 + 0.48)/4 = 0.4; efficiency 0.15/0.4 = 37.5 %.
     * Item 3: same moments as item 2 (cov = (0.48 + 0.08 − 0.12 − 0.32 + 0.48)/4 = 0.15): 32.7327 %, 37.5 %.
     * Item 4: facility 40 %, var 0.3; rest mean 2, deviations 1 1 0 0 −2, var 6/4 = 1.5; x deviations 0.6 −0.4 −0.4
     * −0.4 0.6, cov = (0.6 − 0.4 + 0 + 0 − 1.2)/4 = −0.25; discrimination −0.25/√0.45 = −37.2678 %; sorted x
     * 0 0 0 1 1, sorted rest 0 2 2 3 3: cov max = (0.8 + 0 + 0 + 0.6 + 0.6)/4 = 0.5; efficiency −50 %.
     * Cronbach's alpha: item variances 0.2 + 0.3 + 0.3 + 0.3 = 1.1; totals mean 2.4, deviations 1.6 0.6 −0.4 −0.4
     * −1.4, var 5.2/4 = 1.3; alpha = 4/3 × (1 − 1.1/1.3) = 0.205128.
     */
    @Test
    void fiveTraineesByFourItemsMatchTheHandComputation() {
        double[][] marks = {{1, 1, 1, 1}, {1, 1, 1, 0}, {1, 1, 0, 0}, {1, 0, 1, 0}, {0, 0, 0, 1}};

        TestStatistics test = ItemAnalysisMath.analyse(marks, new double[] {1, 1, 1, 1});

        assertThat(test.attempts()).isEqualTo(5);
        assertThat(test.alpha().get()).isCloseTo(0.205128, within(EXACT));
        ItemStatistics i1 = test.items().get(0);
        assertThat(i1.attempts()).isEqualTo(5);
        assertThat(i1.facility().get()).isCloseTo(80, within(EXACT));
        assertThat(i1.sd().get()).isCloseTo(44.721360, within(EXACT));
        assertThat(i1.discrimination().get()).isCloseTo(37.5, within(EXACT));
        assertThat(i1.efficiency().get()).isCloseTo(100, within(EXACT));
        assertThat(i1.flags()).isEmpty();
        for (ItemStatistics i : test.items().subList(1, 3)) {
            assertThat(i.facility().get()).isCloseTo(60, within(EXACT));
            assertThat(i.sd().get()).isCloseTo(54.772256, within(EXACT));
            assertThat(i.discrimination().get()).isCloseTo(32.732684, within(EXACT));
            assertThat(i.efficiency().get()).isCloseTo(37.5, within(EXACT));
        }
        ItemStatistics i4 = test.items().get(3);
        assertThat(i4.facility().get()).isCloseTo(40, within(EXACT));
        assertThat(i4.discrimination().get()).isCloseTo(-37.267800, within(EXACT));
        assertThat(i4.efficiency().get()).isCloseTo(-50, within(EXACT));
        assertThat(i4.flags()).containsExactlyInAnyOrder(Flag.NEGATIVE_DISCRIMINATION, Flag.LOW_EFFICIENCY);
    }

    @Test
    void partialCreditIsScaledByTheItemsPoints() {
        // one 2-point item: marks 2, 1, 0 → facility (3/3)/2 = 50 %; SD of 2 1 0 is 1, over 2 points = 50 %
        double[][] marks = {{2, 1}, {1, 0}, {0, 0}};

        ItemStatistics item = ItemAnalysisMath.analyse(marks, new double[] {2, 1}).items().getFirst();

        assertThat(item.facility().get()).isCloseTo(50, within(EXACT));
        assertThat(item.sd().get()).isCloseTo(50, within(EXACT));
    }

    @Test
    void everyoneRightIsTooEasyAndItsDiscriminationIsUndefined() {
        double[][] marks = {{1, 1}, {1, 0}, {1, 1}, {1, 0}};

        ItemStatistics item = ItemAnalysisMath.analyse(marks, new double[] {1, 1}).items().getFirst();

        assertThat(item.facility().get()).isEqualTo(100);
        assertThat(item.discrimination().reason()).isEqualTo(Undefined.NO_VARIANCE);
        assertThat(item.efficiency().reason()).isEqualTo(Undefined.NO_VARIANCE);
        assertThat(item.flags()).containsExactly(Flag.TOO_EASY);
    }

    @Test
    void nobodyRightIsTooHard() {
        double[][] marks = {{0, 1}, {0, 0}, {0, 1}, {0, 1}, {0, 0}, {0, 1}};

        assertThat(ItemAnalysisMath.analyse(marks, new double[] {1, 1}).items().getFirst().flags()).contains(Flag.TOO_HARD);
    }

    @Test
    void anItemMissingFromSomeAttemptsIsAnalysedOverTheAttemptsThatHadIt() {
        double[][] marks = {{1, 1}, {0, Double.NaN}, {1, 0}};

        TestStatistics test = ItemAnalysisMath.analyse(marks, new double[] {1, 1});

        assertThat(test.items().get(1).attempts()).isEqualTo(2);
        assertThat(test.items().get(1).facility().get()).isEqualTo(50);
        assertThat(test.alpha().reason()).isNull(); // alpha over the 2 complete attempts
    }

    @Test
    void oneAttemptHasNoSpread() {
        TestStatistics test = ItemAnalysisMath.analyse(new double[][] {{1, 0}}, new double[] {1, 1});

        assertThat(test.items().getFirst().sd().reason()).isEqualTo(Undefined.TOO_FEW);
        assertThat(test.alpha().reason()).isEqualTo(Undefined.TOO_FEW);
    }
}
