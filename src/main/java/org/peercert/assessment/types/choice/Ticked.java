package org.peercert.assessment.types.choice;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.Answer;

/** A choice answer: the ids of the ticked choices (at most one for single choice). Stored as {@code {"choices": [...]}}. */
public record Ticked(List<String> choices) {

    public Ticked(@Nullable List<String> choices) {
        this.choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Answer answer(List<String> choiceIds) {
        return Answer.of(new Ticked(choiceIds));
    }

    static Ticked of(Answer answer) {
        return answer.as(Ticked.class);
    }
}
