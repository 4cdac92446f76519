package org.peercert.practice;

import java.util.List;

/** Points on one rubric dimension, with the feedback that explains them. */
public record DimensionScore(String dimension, double earned, double possible, List<String> feedback) {

    public DimensionScore {
        feedback = List.copyOf(feedback);
    }

    public double percent() {
        return possible == 0 ? 0 : Math.round(earned / possible * 1000) / 10.0;
    }
}
