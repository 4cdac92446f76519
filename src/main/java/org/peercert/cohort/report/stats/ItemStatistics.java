package org.peercert.cohort.report.stats;

import java.util.EnumSet;
import java.util.Set;

/**
 * One item's statistics over the attempts of one test, as Moodle's quiz statistics report computes them
 * (question/classes/statistics/questions/calculator.php); percentages like Moodle's table.
 *
 * @param attempts attempts that contain the item (Moodle's "s")
 * @param facility mean mark / maximum mark, in %
 * @param sd sample SD of the mark / maximum mark, in %
 * @param discrimination 100 × Pearson correlation of the item's mark with the rest of the test (total − item)
 * @param efficiency 100 × cov(item, rest) / the largest covariance those two sets of marks could have
 *        (both sorted): how much of the possible discrimination the item achieves
 */
public record ItemStatistics(int attempts, Figure facility, Figure sd, Figure discrimination, Figure efficiency,
        Set<Flag> flags) {

    public ItemStatistics {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /**
     * What a trainer should look at. Facility bands follow Moodle's docs ("Quiz statistics calculations":
     * above 90 % very easy, below 20 % difficult); the efficiency threshold is Moodle's own: its table marks a
     * question "dubious" when discriminative efficiency is below 15 % (statistics_table::is_dubious_question).
     */
    public enum Flag {
        TOO_EASY, TOO_HARD, NEGATIVE_DISCRIMINATION, LOW_EFFICIENCY;

        public String messageKey() {
            return "report.flag." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final double TOO_EASY_ABOVE = 90;
    static final double TOO_HARD_BELOW = 20;
    static final double LOW_EFFICIENCY_BELOW = 15;

    static Set<Flag> flags(Figure facility, Figure discrimination, Figure efficiency) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (facility.defined() && facility.get() > TOO_EASY_ABOVE) {
            flags.add(Flag.TOO_EASY);
        }
        if (facility.defined() && facility.get() < TOO_HARD_BELOW) {
            flags.add(Flag.TOO_HARD);
        }
        if (discrimination.defined() && discrimination.get() < 0) {
            flags.add(Flag.NEGATIVE_DISCRIMINATION);
        }
        if (efficiency.defined() && efficiency.get() < LOW_EFFICIENCY_BELOW) {
            flags.add(Flag.LOW_EFFICIENCY);
        }
        return flags;
    }
}
