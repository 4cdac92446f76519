package org.peercert.learning;

import org.jspecify.annotations.Nullable;

/**
 * One competency before and after the course, in percent. Normalised gain g = (post - pre) / (100 - pre)
 * is undefined (null) when the pre-test score was already 100.
 */
public record CompetencyScore(String key, String title, double pre, double post) {

    public double change() {
        return Math.round((post - pre) * 10) / 10.0;
    }

    public @Nullable Double normalizedGain() {
        return pre >= 100 ? null : Math.round((post - pre) / (100 - pre) * 100) / 100.0;
    }
}
