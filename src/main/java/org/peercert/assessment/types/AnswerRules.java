package org.peercert.assessment.types;

import java.util.HashSet;
import java.util.List;
import org.peercert.assessment.Answer;
import org.peercert.assessment.InvalidAnswerException;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;

/**
 * Checks of an {@link Answer} against the {@link PresentedQuestion} it answers, shared by the types.
 * It stops at the first problem: an invalid answer is refused as a whole.
 */
public final class AnswerRules {

    private final PresentedQuestion shown;

    public AnswerRules(PresentedQuestion shown) {
        this.shown = shown;
    }

    /**
     * The answer holds nothing but the type's own fields. Answers stored before each type owned its answer hold
     * the other types' fields empty, which is fine.
     */
    public AnswerRules onlyUses(Answer answer, String... fields) {
        var allowed = List.of(fields);
        answer.givenFields().stream().filter(f -> !allowed.contains(f)).sorted().findFirst().ifPresent(field -> {
            throw invalid("a %s answer has no '%s'".formatted(shown.type(), field));
        });
        return this;
    }

    /** The shown choice with this id; refuses ids of other questions or other attempts. */
    public Choice choice(String id) {
        Choice choice = shown.choice(id);
        if (choice == null) {
            throw invalid("choice '%s' is not one of its choices".formatted(id));
        }
        return choice;
    }

    /** The shown matching target with this id. */
    public Choice target(String id) {
        Choice target = shown.target(id);
        if (target == null) {
            throw invalid("target '%s' is not one of its targets".formatted(id));
        }
        return target;
    }

    /** Refuses an id given twice (a choice ticked twice, a target used for two items). */
    public AnswerRules distinct(String what, List<String> ids) {
        var seen = new HashSet<String>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw invalid("%s '%s' is used more than once".formatted(what, id));
            }
        }
        return this;
    }

    public AnswerRules check(boolean ok, String message) {
        if (!ok) {
            throw invalid(message);
        }
        return this;
    }

    public InvalidAnswerException invalid(String message) {
        return new InvalidAnswerException("question '%s': %s".formatted(shown.key(), message));
    }
}
