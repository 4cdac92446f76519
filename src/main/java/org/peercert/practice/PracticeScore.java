package org.peercert.practice;

import java.util.List;

/** The automatic score of an attempt per rubric dimension, and the parts left for a trainer. */
public record PracticeScore(List<DimensionScore> dimensions, List<ReviewRequest> reviews) {

    public PracticeScore {
        dimensions = List.copyOf(dimensions);
        reviews = List.copyOf(reviews);
    }
}
