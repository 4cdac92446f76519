package org.peercert.cohort.report.stats;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TestUtils;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.peercert.cohort.report.stats.PairedComparison.SignedRank;

/** The pre/post statistics of DESIGN.md §5, computed with Apache Commons Math; undefined figures say why. */
public final class PairedStatistics {

    /** Commons Math computes exact signed-rank p-values up to this many pairs. */
    static final int EXACT_WILCOXON_MAX = 30;
    static final double CEILING = 100;

    private PairedStatistics() {}

    /** {@code pre[i]} and {@code post[i]} are one trainee's scores in percent. */
    public static PairedComparison compare(double[] pre, double[] post) {
        if (pre.length != post.length) {
            throw new IllegalArgumentException("pre and post must pair up: " + pre.length + " vs " + post.length);
        }
        int n = pre.length;
        if (n == 0) {
            Figure none = Figure.undefined(Undefined.NO_PAIRS);
            return new PairedComparison(0, none, none, none, none, none, none, none, none, none, none,
                    new SignedRank(0, 0, none, none, false), none, none, none, none, 0, 0);
        }
        double[] diff = IntStream.range(0, n).mapToDouble(i -> post[i] - pre[i]).toArray();
        double meanPre = StatUtils.mean(pre);
        double meanPost = StatUtils.mean(post);
        double meanDiff = StatUtils.mean(diff);
        Figure sdPre = sd(pre);
        Figure sdPost = sd(post);
        Figure sdDiff = sd(diff);
        Figure ciLow;
        Figure ciHigh;
        Figure t;
        Figure p;
        if (n < 2) {
            ciLow = ciHigh = t = p = Figure.undefined(Undefined.ONE_PAIR);
        } else {
            double se = sdDiff.get() / Math.sqrt(n);
            double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * se;
            ciLow = Figure.of(meanDiff - half);
            ciHigh = Figure.of(meanDiff + half);
            boolean spread = sdDiff.get() > 0;
            t = spread ? Figure.of(TestUtils.pairedT(post, pre)) : Figure.undefined(Undefined.NO_VARIANCE);
            p = spread ? Figure.of(TestUtils.pairedTTest(post, pre)) : Figure.undefined(Undefined.NO_VARIANCE);
        }
        Figure df = n < 2 ? Figure.undefined(Undefined.ONE_PAIR) : Figure.of(n - 1);
        Figure dz = ratio(meanDiff, sdDiff);
        Figure dav = sdPre.defined() && sdPost.defined() ? ratio(meanDiff, Figure.of((sdPre.get() + sdPost.get()) / 2)) : sdPre;
        Figure classGain = meanPre >= CEILING ? Figure.undefined(Undefined.PRE_AT_CEILING)
                : Figure.of((meanPost - meanPre) / (CEILING - meanPre));
        double[] gains = IntStream.range(0, n).filter(i -> pre[i] < CEILING)
                .mapToDouble(i -> (post[i] - pre[i]) / (CEILING - pre[i])).toArray();
        Figure meanGain = gains.length == 0 ? Figure.undefined(Undefined.ALL_PRE_AT_CEILING) : Figure.of(StatUtils.mean(gains));
        return new PairedComparison(n, Figure.of(meanPre), sdPre, Figure.of(meanPost), sdPost, Figure.of(meanDiff),
                ciLow, ciHigh, t, df, p, signedRank(diff), dz, dav, classGain, meanGain, gains.length, n - gains.length);
    }

    /** Sample standard deviation (n − 1). */
    static Figure sd(double[] values) {
        return values.length < 2 ? Figure.undefined(Undefined.ONE_PAIR) : Figure.of(Math.sqrt(StatUtils.variance(values)));
    }

    private static Figure ratio(double mean, Figure sd) {
        if (!sd.defined()) {
            return sd;
        }
        return sd.get() > 0 ? Figure.of(mean / sd.get()) : Figure.undefined(Undefined.NO_VARIANCE);
    }

    private static SignedRank signedRank(double[] diff) {
        double[] nonZero = Arrays.stream(diff).filter(d -> d != 0).toArray();
        int zeros = diff.length - nonZero.length;
        if (nonZero.length == 0) {
            Figure none = Figure.undefined(Undefined.NO_NONZERO_DIFFERENCES);
            return new SignedRank(0, zeros, none, none, false);
        }
        double[] abs = Arrays.stream(nonZero).map(Math::abs).toArray();
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(abs);
        double wPlus = IntStream.range(0, ranks.length).filter(i -> nonZero[i] > 0).mapToDouble(i -> ranks[i]).sum();
        boolean ties = Arrays.stream(abs).distinct().count() < abs.length;
        boolean exact = nonZero.length <= EXACT_WILCOXON_MAX && !ties;
        // the test takes the differences as x − y: x = the differences, y = zeros
        double p = new WilcoxonSignedRankTest(NaNStrategy.FAILED, TiesStrategy.AVERAGE)
                .wilcoxonSignedRankTest(nonZero, new double[nonZero.length], exact);
        return new SignedRank(nonZero.length, zeros, Figure.of(wPlus), Figure.of(Math.min(1, p)), exact);
    }
}
