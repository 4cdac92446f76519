package org.peercert.cohort.report.stats;

/**
 * Pre against post for the trainees who have both, on a 0–100 % scale.
 *
 * @param n trainees with both scores (the pairs)
 * @param meanChange mean of post − pre, with its 95 % confidence interval from the t distribution (df = n − 1)
 * @param t paired t statistic, with {@code df} and the two-sided {@code p}
 * @param wilcoxon the signed-rank test on the non-zero differences
 * @param dz Cohen's d_z: mean difference / SD of the differences
 * @param dav Cohen's d_av: mean difference / mean of the pre and post SDs
 * @param classGain class-average normalised gain ⟨g⟩ = (mean post − mean pre) / (100 − mean pre) (Hake)
 * @param meanIndividualGain mean of each trainee's g = (post − pre) / (100 − pre), over {@code gainsCounted}
 *        trainees; {@code gainsExcluded} started at 100 % (their g is undefined)
 */
public record PairedComparison(int n, Figure meanPre, Figure sdPre, Figure meanPost, Figure sdPost,
        Figure meanChange, Figure ciLow, Figure ciHigh, Figure t, Figure df, Figure p, SignedRank wilcoxon,
        Figure dz, Figure dav, Figure classGain, Figure meanIndividualGain, int gainsCounted, int gainsExcluded) {

    /**
     * Wilcoxon signed-rank test. Zero differences are dropped first (Wilcoxon's rule; R drops them too, though
     * it then falls back to the normal approximation, where this keeps the exact p for the remaining pairs), leaving
     * {@code nonZero} pairs; {@code wPlus} is the rank sum of the positive differences (post > pre).
     *
     * @param exact true: exact p (n ≤ 30 without tied |differences|); false: normal approximation with
     *        continuity correction, no tie correction (Commons Math)
     */
    public record SignedRank(int nonZero, int zeros, Figure wPlus, Figure p, boolean exact) {}
}
