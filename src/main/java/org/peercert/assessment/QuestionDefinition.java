package org.peercert.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question as authored in the curriculum. One shape for all types: each {@link QuestionType} reads
 * the fields it needs and validates that the others are empty. {@code id} is stable across course
 * versions so analytics can follow an item.
 *
 * @param options single, multiple: the choices
 * @param answer true-false: the right answer
 * @param pairs matching: left/right pairs
 * @param items ordering: the items in the correct order
 * @param accepted short-text: accepted answers
 * @param vignette scenario: the case text
 * @param parts scenario: the linked sub-questions
 */
public record QuestionDefinition(
        String id,
        String type,
        String competency,
        String prompt,
        int points,
        String explanation,
        List<Option> options,
        @Nullable Boolean answer,
        List<Pair> pairs,
        List<String> items,
        List<String> accepted,
        @Nullable String vignette,
        List<QuestionDefinition> parts) {

    public QuestionDefinition {
        options = List.copyOf(options);
        pairs = List.copyOf(pairs);
        items = List.copyOf(items);
        accepted = List.copyOf(accepted);
        parts = List.copyOf(parts);
    }

    /** A choice; {@code feedback} says why choosing it is right or wrong. */
    public record Option(String text, boolean correct, String feedback) {}

    /** A matching pair. */
    public record Pair(String left, String right) {}
}
