package org.peercert.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question as one attempt shows it: choices shuffled with the attempt's seed and given ids that
 * are unique to this question ({@code <questionKey>-<letter>} in shown order). Holds no correctness:
 * this is all a view may send to the browser before the attempt is submitted.
 *
 * @param choices single, multiple, ordering: the choices in shown order; matching: the left items
 * @param targets matching: the right items, shuffled separately
 * @param parts scenario: the sub-questions
 */
public record PresentedQuestion(
        String key,
        String type,
        String prompt,
        @Nullable String vignette,
        int points,
        List<Choice> choices,
        List<Choice> targets,
        List<PresentedQuestion> parts) {

    public PresentedQuestion {
        choices = List.copyOf(choices);
        targets = List.copyOf(targets);
        parts = List.copyOf(parts);
    }

    /**
     * A shown choice. {@code source} is the authored position, kept server-side for grading only:
     * views must not render it.
     */
    public record Choice(String id, String text, int source) {}

    /** A question shown without choices (true-false, short text). */
    public static PresentedQuestion withoutChoices(QuestionDefinition question) {
        return new PresentedQuestion(question.id(), question.type(), question.prompt(), null, question.points(),
                List.of(), List.of(), List.of());
    }

    public @Nullable Choice choice(String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    public @Nullable Choice target(String id) {
        return targets.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }
}
