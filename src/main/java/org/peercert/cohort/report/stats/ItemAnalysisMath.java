package org.peercert.cohort.report.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.Covariance;

/**
 * Moodle's item statistics for one test from a matrix of marks: {@code marks[attempt][item]}, {@code NaN} where
 * an attempt did not contain the item; {@code maxMarks[item]} the item's points. Moments from Commons Math.
 */
public final class ItemAnalysisMath {

    private static final Covariance COVARIANCE = new Covariance();

    private ItemAnalysisMath() {}

    public static TestStatistics analyse(double[][] marks, double[] maxMarks) {
        double[] totals = Arrays.stream(marks).mapToDouble(row -> Arrays.stream(row).filter(m -> !Double.isNaN(m)).sum()).toArray();
        List<ItemStatistics> items = new ArrayList<>();
        for (int item = 0; item < maxMarks.length; item++) {
            items.add(item(marks, totals, item, maxMarks[item]));
        }
        return new TestStatistics(marks.length, alpha(marks, maxMarks.length), items);
    }

    private static ItemStatistics item(double[][] marks, double[] totals, int item, double max) {
        int[] rows = IntStream.range(0, marks.length).filter(r -> !Double.isNaN(marks[r][item])).toArray();
        double[] x = Arrays.stream(rows).mapToDouble(r -> marks[r][item]).toArray();
        double[] rest = Arrays.stream(rows).mapToDouble(r -> totals[r] - marks[r][item]).toArray();
        Figure facility = max <= 0 ? Figure.undefined(Undefined.NO_MARKS)
                : x.length == 0 ? Figure.undefined(Undefined.TOO_FEW) : Figure.of(100 * StatUtils.mean(x) / max);
        if (x.length < 2 || max <= 0) {
            Figure none = Figure.undefined(max <= 0 ? Undefined.NO_MARKS : Undefined.TOO_FEW);
            return new ItemStatistics(x.length, facility, none, none, none, ItemStatistics.flags(facility, none, none));
        }
        double varX = StatUtils.variance(x);
        double varRest = StatUtils.variance(rest);
        double cov = COVARIANCE.covariance(x, rest);
        Figure sd = Figure.of(100 * Math.sqrt(varX) / max);
        Figure discrimination = varX * varRest > 0 ? Figure.of(100 * cov / Math.sqrt(varX * varRest))
                : Figure.undefined(Undefined.NO_VARIANCE);
        // Moodle's covariancemax: the covariance of the two sets of marks each sorted, the best pairing possible
        double[] sortedX = x.clone();
        double[] sortedRest = rest.clone();
        Arrays.sort(sortedX);
        Arrays.sort(sortedRest);
        double covMax = COVARIANCE.covariance(sortedX, sortedRest);
        Figure efficiency = covMax > 0 ? Figure.of(100 * cov / covMax) : Figure.undefined(Undefined.NO_VARIANCE);
        return new ItemStatistics(x.length, facility, sd, discrimination, efficiency,
                ItemStatistics.flags(facility, discrimination, efficiency));
    }

    private static Figure alpha(double[][] marks, int k) {
        double[][] complete = Arrays.stream(marks).filter(row -> Arrays.stream(row).noneMatch(Double::isNaN)).toArray(double[][]::new);
        if (k < 2 || complete.length < 2) {
            return Figure.undefined(Undefined.TOO_FEW);
        }
        double itemVariances = IntStream.range(0, k)
                .mapToDouble(i -> StatUtils.variance(Arrays.stream(complete).mapToDouble(row -> row[i]).toArray())).sum();
        double totalVariance = StatUtils.variance(Arrays.stream(complete).mapToDouble(row -> Arrays.stream(row).sum()).toArray());
        return totalVariance > 0 ? Figure.of((double) k / (k - 1) * (1 - itemVariances / totalVariance))
                : Figure.undefined(Undefined.NO_VARIANCE);
    }
}
