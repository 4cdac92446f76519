package org.peercert.assessment.types;

import java.util.HashSet;
import java.util.List;
import org.peercert.assessment.Answer;
import org.peercert.assessment.InvalidAnswerException;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;

/**
 * Checks of an {@link Answer} against the {@link PresentedQuestion} it answers, shared by the types.
 * Unlike {@link TypeRules} it stops at the first problem: an invalid answer is refused as a whole.
 */
final class AnswerRules {

    private final PresentedQuestion shown;
    private final Answer answer;

    AnswerRules(PresentedQuestion shown, Answer answer) {
        this.shown = shown;
        this.answer = answer;
    }

    /** Fields of the answer that belong to other types must be empty. */
    AnswerRules onlyUses(String... fields) {
        var allowed = List.of(fields);
        unused(allowed, "choices", !answer.choices().isEmpty());
        unused(allowed, "truth", answer.truth() != null);
        unused(allowed, "order", !answer.order().isEmpty());
        unused(allowed, "matches", !answer.matches().isEmpty());
        unused(allowed, "text", answer.text() != null && !answer.text().isEmpty());
        unused(allowed, "parts", !answer.parts().isEmpty());
        return this;
    }

    private void unused(List<String> allowed, String field, boolean present) {
        if (present && !allowed.contains(field)) {
            throw invalid("a %s answer has no '%s'".formatted(shown.type(), field));
        }
    }

    /** The shown choice with this id; refuses ids of other questions or other attempts. */
    Choice choice(String id) {
        Choice choice = shown.choice(id);
        if (choice == null) {
            throw invalid("choice '%s' is not one of its choices".formatted(id));
        }
        return choice;
    }

    /** The shown matching target with this id. */
    Choice target(String id) {
        Choice target = shown.target(id);
        if (target == null) {
            throw invalid("target '%s' is not one of its targets".formatted(id));
        }
        return target;
    }

    /** Refuses an id given twice (a choice ticked twice, a target used for two items). */
    AnswerRules distinct(String what, List<String> ids) {
        var seen = new HashSet<String>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw invalid("%s '%s' is used more than once".formatted(what, id));
            }
        }
        return this;
    }

    AnswerRules check(boolean ok, String message) {
        if (!ok) {
            throw invalid(message);
        }
        return this;
    }

    InvalidAnswerException invalid(String message) {
        return new InvalidAnswerException("question '%s': %s".formatted(shown.key(), message));
    }
}
