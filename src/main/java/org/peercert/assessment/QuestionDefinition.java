package org.peercert.assessment;

/**
 * A question as authored in the curriculum: the fields every type shares, and the type's own validated
 * {@code content} (read, written and understood only by its {@link QuestionType}). {@code id} is stable across
 * course versions so analytics can follow an item.
 */
public record QuestionDefinition(
        String id,
        String type,
        String competency,
        String prompt,
        int points,
        String explanation,
        Object content) {}
