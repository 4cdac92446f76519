package org.peercert.cohort.report.stats;

/** Why a figure cannot be given; each has a UI text {@code report.undefined.<name in lower case>}. */
public enum Undefined {
    /** nobody with both a pre and a post score */
    NO_PAIRS,
    /** one pair: a standard deviation needs at least two */
    ONE_PAIR,
    /** all differences (or all scores) are equal: the test statistic divides by zero */
    NO_VARIANCE,
    /** every difference is zero: the signed-rank test has nothing to rank */
    NO_NONZERO_DIFFERENCES,
    /** mean pre-test score of 100 %: there was no room to gain */
    PRE_AT_CEILING,
    /** every trainee started at 100 %: no individual gain is defined */
    ALL_PRE_AT_CEILING,
    /** fewer than two attempts or items: a variance or correlation needs more */
    TOO_FEW,
    /** an item worth no points */
    NO_MARKS;

    public String messageKey() {
        return "report.undefined." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
