package org.peercert.cohort.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Pre/post statistics against values computed independently of the code under test: by hand (arithmetic in the
 * comments; tolerance 1e-6, i.e. rounding only) and from published worked examples (tolerance: half a unit in the
 * last digit printed by the source). Every figure was also recomputed with SciPy 1.17 (stats.ttest_rel,
 * stats.wilcoxon, stats.t.interval), which agrees to the digits shown.
 */
class PairedStatisticsTest {

    private static final double EXACT = 1e-6;

    /**
     * Four trainees, pre 40 50 60 70, post 60 56 75 73:
     * differences d = 20 6 15 3, mean 44/4 = 11; deviations 9 −5 4 −8, squares 81+25+16+64 = 186,
     * variance 186/3 = 62, SD √62 = 7.874008; SE = 7.874008/√4 = 3.937004; t = 11/3.937004 = 2.794003, df 3;
     * t(0.975; 3) = 3.182446, half-width 3.182446 × 3.937004 = 12.529304, CI [−1.529304, 23.529304];
     * two-sided p = 2 × P(T₃ > 2.794003) = 0.068192 (from the t distribution, here via SciPy: 0.0681916).
     * pre mean 55, deviations −15 −5 5 15, squares 500, SD √(500/3) = 12.909944;
     * post mean 264/4 = 66, deviations −6 −10 9 7, squares 36+100+81+49 = 266, SD √(266/3) = 9.416298;
     * d_z = 11/7.874008 = 1.397001; d_av = 11/((12.909944 + 9.416298)/2) = 11/11.163121 = 0.985387;
     * ⟨g⟩ = (66 − 55)/(100 − 55) = 0.244444; individual g: 20/60, 6/50, 15/40, 3/30 = 0.333333, 0.12, 0.375, 0.1,
     * mean 0.928333/4 = 0.232083.
     * Wilcoxon: all four differences positive and distinct, ranks 1..4, W+ = 10; exact two-sided p: only 1 of the
     * 2⁴ = 16 sign patterns reaches W+ = 10 (and one W− = 10), p = 2/16 = 0.125.
     */
    @Test
    void handWorkedFourTraineesGiveEveryStatistic() {
        var c = PairedStatistics.compare(new double[] {40, 50, 60, 70}, new double[] {60, 56, 75, 73});

        assertThat(c.n()).isEqualTo(4);
        assertThat(c.meanPre().get()).isCloseTo(55, within(EXACT));
        assertThat(c.sdPre().get()).isCloseTo(12.909944, within(EXACT));
        assertThat(c.meanPost().get()).isCloseTo(66, within(EXACT));
        assertThat(c.sdPost().get()).isCloseTo(9.416298, within(EXACT));
        assertThat(c.meanChange().get()).isCloseTo(11, within(EXACT));
        assertThat(c.ciLow().get()).isCloseTo(-1.529304, within(EXACT));
        assertThat(c.ciHigh().get()).isCloseTo(23.529304, within(EXACT));
        assertThat(c.t().get()).isCloseTo(2.794003, within(EXACT));
        assertThat(c.df().get()).isEqualTo(3);
        assertThat(c.p().get()).isCloseTo(0.068192, within(EXACT));
        assertThat(c.dz().get()).isCloseTo(1.397001, within(EXACT));
        assertThat(c.dav().get()).isCloseTo(0.985387, within(EXACT));
        assertThat(c.classGain().get()).isCloseTo(0.244444, within(EXACT));
        assertThat(c.meanIndividualGain().get()).isCloseTo(0.232083, within(EXACT));
        assertThat(c.gainsCounted()).isEqualTo(4);
        assertThat(c.wilcoxon().wPlus().get()).isEqualTo(10);
        assertThat(c.wilcoxon().p().get()).isCloseTo(0.125, within(EXACT));
        assertThat(c.wilcoxon().exact()).isTrue();
    }

    /**
     * Student (1908), "The probable error of a mean", Biometrika 6(1):1–25: extra hours of sleep of 10 patients
     * under two drugs (Cushny and Peebles' data), reproduced as R's {@code sleep} dataset; the paired t-test of its
     * documentation prints t = −4.0621, df = 9, p-value = 0.002833, mean difference −1.58, 95 % CI −2.4598858
     * −0.7001142 (here post = drug 2, pre = drug 1, so the signs turn).
     */
    @Test
    void pairedTTestMatchesStudentsSleepData() {
        double[] drug1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] drug2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

        var c = PairedStatistics.compare(drug1, drug2);

        assertThat(c.t().get()).isCloseTo(4.0621, within(0.00005));
        assertThat(c.df().get()).isEqualTo(9);
        assertThat(c.p().get()).isCloseTo(0.002833, within(0.0000005));
        assertThat(c.meanChange().get()).isCloseTo(1.58, within(0.005));
        assertThat(c.ciLow().get()).isCloseTo(0.7001142, within(0.00000005));
        assertThat(c.ciHigh().get()).isCloseTo(2.4598858, within(0.00000005));
    }

    /**
     * Hollander & Wolfe (1973), Nonparametric Statistical Methods, p. 29f., Example 3.1: Hamilton depression scale
     * factor of 9 patients at the first (x) and second (y) visit after a tranquilliser; the signed-rank statistic of
     * x − y is T+ = 40 with exact one-sided p = 0.01953 (as R's {@code wilcox.test} documentation reproduces it:
     * V = 40, p-value = 0.01953), so two-sided p = 0.03906. No ties, no zeros: the exact distribution applies.
     * Here "pre" is the second visit so that post − pre = x − y.
     */
    @Test
    void wilcoxonMatchesHollanderAndWolfeDepressionExample() {
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

        var w = PairedStatistics.compare(y, x).wilcoxon();

        assertThat(w.exact()).isTrue();
        assertThat(w.nonZero()).isEqualTo(9);
        assertThat(w.wPlus().get()).isEqualTo(40);
        assertThat(w.p().get()).isCloseTo(2 * 0.01953, within(2 * 0.000005));
    }

    /**
     * Lakens (2013), "Calculating and reporting effect sizes to facilitate cumulative science", Front. Psychol.
     * 4:863, doi 10.3389/fpsyg.2013.00863, the within-subjects worked example (Table 1: ten people rate two movies):
     * t(9) = 4.74, p = 0.001, Cohen's d_z = 1.50, d_av = 1.13. By hand: differences 0 1 1 1 1 0 1 2 1 2, mean 1,
     * SD √(4/9) = 0.667, d_z = 1.5; SDs 0.823 and 0.949, d_av = 1/0.886 = 1.129.
     */
    @Test
    void cohensDMatchesLakensMovieRatings() {
        double[] movie2 = {9, 6, 7, 8, 7, 9, 8, 8, 8, 7};
        double[] movie1 = {9, 7, 8, 9, 8, 9, 9, 10, 9, 9};

        var c = PairedStatistics.compare(movie2, movie1);

        assertThat(c.dz().get()).isCloseTo(1.50, within(0.005));
        assertThat(c.dav().get()).isCloseTo(1.13, within(0.005));
        assertThat(c.t().get()).isCloseTo(4.74, within(0.005));
        assertThat(c.p().get()).isCloseTo(0.001, within(0.0005));
        // 2 zero differences are dropped before ranking; 8 remain, with ties, so the normal approximation is used
        assertThat(c.wilcoxon().zeros()).isEqualTo(2);
        assertThat(c.wilcoxon().exact()).isFalse();
    }

    @Test
    void noPairsLeavesEveryFigureUndefinedWithItsReason() {
        var c = PairedStatistics.compare(new double[0], new double[0]);

        assertThat(c.n()).isZero();
        assertThat(c.meanPre().reason()).isEqualTo(Undefined.NO_PAIRS);
        assertThat(c.t().format(v -> "x")).isEqualTo("—");
        assertThat(c.wilcoxon().p().reason()).isEqualTo(Undefined.NO_PAIRS);
        assertThat(c.classGain().defined()).isFalse();
    }

    @Test
    void onePairHasMeansButNoSpreadTestOrEffectSize() {
        var c = PairedStatistics.compare(new double[] {40}, new double[] {70});

        assertThat(c.meanChange().get()).isEqualTo(30);
        assertThat(c.sdPre().reason()).isEqualTo(Undefined.ONE_PAIR);
        assertThat(c.t().reason()).isEqualTo(Undefined.ONE_PAIR);
        assertThat(c.ciLow().reason()).isEqualTo(Undefined.ONE_PAIR);
        assertThat(c.dz().reason()).isEqualTo(Undefined.ONE_PAIR);
        assertThat(c.dav().reason()).isEqualTo(Undefined.ONE_PAIR);
        assertThat(c.classGain().get()).isCloseTo(0.5, within(EXACT)); // 30 / 60
        // one positive difference: W+ = 1 and both sign patterns are as extreme, p = 1
        assertThat(c.wilcoxon().p().get()).isEqualTo(1.0);
    }

    /**
     * Two trainees, one at the ceiling: pre 100 80, post 100 90. Mean pre 90, post 95, ⟨g⟩ = 5/10 = 0.5; the
     * individual gain of the first is undefined (pre = 100) and is counted as excluded, the second's is 10/20 = 0.5.
     * Differences 0 and 10: mean 5, SD √((25+25)/1) = 7.071068, t = 5/(7.071068/√2) = 1, df 1.
     */
    @Test
    void twoPairsWithOneTraineeAtTheCeiling() {
        var c = PairedStatistics.compare(new double[] {100, 80}, new double[] {100, 90});

        assertThat(c.df().get()).isEqualTo(1);
        assertThat(c.t().get()).isCloseTo(1, within(EXACT));
        assertThat(c.p().get()).isCloseTo(0.5, within(EXACT)); // t(1) is Cauchy: P(|T| > 1) = 0.5
        assertThat(c.classGain().get()).isCloseTo(0.5, within(EXACT));
        assertThat(c.meanIndividualGain().get()).isCloseTo(0.5, within(EXACT));
        assertThat(c.gainsCounted()).isEqualTo(1);
        assertThat(c.gainsExcluded()).isEqualTo(1);
        assertThat(c.wilcoxon().zeros()).isEqualTo(1);
    }

    @Test
    void equalDifferencesLeaveTheTestUndefinedNotNaN() {
        var c = PairedStatistics.compare(new double[] {50, 60, 70}, new double[] {60, 70, 80});

        assertThat(c.meanChange().get()).isEqualTo(10);
        assertThat(c.t().reason()).isEqualTo(Undefined.NO_VARIANCE);
        assertThat(c.p().reason()).isEqualTo(Undefined.NO_VARIANCE);
        assertThat(c.dz().reason()).isEqualTo(Undefined.NO_VARIANCE);
        assertThat(c.ciLow().get()).isEqualTo(10); // SE 0: the interval is the point
        assertThat(c.dav().get()).isCloseTo(1, within(EXACT)); // 10 / mean of SDs 10 and 10
        assertThat(c.wilcoxon().exact()).isFalse(); // three tied |differences|
    }

    @Test
    void everyoneUnchangedAtTheCeilingHasNoGainAndNothingToRank() {
        var c = PairedStatistics.compare(new double[] {100, 100, 100}, new double[] {100, 100, 100});

        assertThat(c.classGain().reason()).isEqualTo(Undefined.PRE_AT_CEILING);
        assertThat(c.meanIndividualGain().reason()).isEqualTo(Undefined.ALL_PRE_AT_CEILING);
        assertThat(c.gainsExcluded()).isEqualTo(3);
        assertThat(c.wilcoxon().p().reason()).isEqualTo(Undefined.NO_NONZERO_DIFFERENCES);
        assertThat(c.dav().reason()).isEqualTo(Undefined.NO_VARIANCE);
    }
}
