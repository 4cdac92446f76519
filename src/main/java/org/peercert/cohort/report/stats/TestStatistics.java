package org.peercert.cohort.report.stats;

import java.util.List;

/**
 * Item analysis of one test (a quiz, or the instrument before or after the course).
 *
 * @param attempts attempts analysed (one per trainee: see the caller for which)
 * @param alpha Cronbach's alpha, k/(k − 1) × (1 − Σ item variances / variance of the totals), over the
 *        attempts that contain every item; Moodle shows it ×100 as the "coefficient of internal consistency"
 * @param items in the order of the columns given
 */
public record TestStatistics(int attempts, Figure alpha, List<ItemStatistics> items) {

    public TestStatistics {
        items = List.copyOf(items);
    }
}
