package org.peercert.practice;

import java.util.List;

/** One dimension of a scored attempt, with the competency it counts toward (from the file's rubric). */
public record RubricLine(String dimension, String competency, double earned, double possible, List<String> feedback) {

    public RubricLine {
        feedback = List.copyOf(feedback);
    }

    public double percent() {
        return possible == 0 ? 0 : Math.round(earned / possible * 1000) / 10.0;
    }
}
