package org.peercert.assessment;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a trainee answered to one question. One shape for all types; each {@link QuestionType} reads
 * the part it uses. Choices are referred to by the ids of the {@link PresentedQuestion}, never by
 * authored position, so nothing about the answer key can be inferred from them.
 *
 * @param choices single, multiple: ids of the ticked choices
 * @param truth true-false: the trainee's verdict
 * @param order ordering: choice ids in the trainee's order
 * @param matches matching: left choice id to right choice id
 * @param text short-text: what was typed
 * @param parts scenario: sub-question key to its answer
 */
public record Answer(
        List<String> choices,
        @Nullable Boolean truth,
        List<String> order,
        Map<String, String> matches,
        @Nullable String text,
        Map<String, Answer> parts) {

    public Answer {
        choices = List.copyOf(choices);
        order = List.copyOf(order);
        matches = Map.copyOf(matches);
        parts = Map.copyOf(parts);
    }

    /**
     * Whether anything was answered: a cleared choice or an empty scenario is saved as an answer but
     * counts as unanswered. (Not named like a getter, so it is not stored with the answer.)
     */
    public boolean given() {
        return !choices.isEmpty() || truth != null || !order.isEmpty() || !matches.isEmpty()
                || (text != null && !text.isBlank()) || parts.values().stream().anyMatch(Answer::given);
    }

    public static Answer empty() {
        return new Answer(List.of(), null, List.of(), Map.of(), null, Map.of());
    }

    public static Answer choices(List<String> ids) {
        return new Answer(ids, null, List.of(), Map.of(), null, Map.of());
    }

    public static Answer truth(boolean value) {
        return new Answer(List.of(), value, List.of(), Map.of(), null, Map.of());
    }

    public static Answer order(List<String> ids) {
        return new Answer(List.of(), null, ids, Map.of(), null, Map.of());
    }

    public static Answer matches(Map<String, String> leftToRight) {
        return new Answer(List.of(), null, List.of(), leftToRight, null, Map.of());
    }

    public static Answer text(String text) {
        return new Answer(List.of(), null, List.of(), Map.of(), text, Map.of());
    }

    public static Answer parts(Map<String, Answer> parts) {
        return new Answer(List.of(), null, List.of(), Map.of(), null, parts);
    }
}
