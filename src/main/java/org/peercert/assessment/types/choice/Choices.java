package org.peercert.assessment.types.choice;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The content of a single- or multiple-choice question: its options in authored order.
 *
 * @param options the choices; {@code feedback} says why choosing one is right or wrong
 */
public record Choices(List<Option> options) {

    public Choices {
        options = List.copyOf(options);
    }

    /**
     * A choice. {@code weight} is an optional percent (-100..100, Moodle's fraction): when any option has one,
     * grading adds the weights of what was ticked instead of counting right and wrong options.
     */
    public record Option(String text, boolean correct, String feedback, @Nullable Integer weight) {

        public Option(String text, boolean correct, String feedback) {
            this(text, correct, feedback, null);
        }
    }

    boolean weighted() {
        return options.stream().anyMatch(o -> o.weight() != null);
    }
}
