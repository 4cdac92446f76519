package org.peercert.assessment.types;

import java.util.List;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;

/** Building {@link Grade}s, shared by the types. */
public final class Grades {

    private Grades() {}

    /** A grade out of {@code question.points()}; {@code earned} is clamped to [0, points] and rounded. */
    public static Grade of(QuestionDefinition question, double earned, List<String> feedback, List<String> rightAnswer) {
        double clamped = Math.clamp(earned, 0, question.points());
        return new Grade(question.id(), Grade.round(clamped), question.points(), feedback, question.explanation(),
                rightAnswer, List.of());
    }

    /** {@code points × right / total}: the partial-credit rule of matching and ordering. */
    public static double share(int points, long right, int total) {
        return total == 0 ? 0 : (double) points * right / total;
    }

    /**
     * Refuses to grade against a presentation of another question (or of another version of it), whose
     * authored positions would not fit the definition.
     */
    public static void requireShown(QuestionDefinition question, PresentedQuestion shown, int choices, int targets) {
        if (!shown.key().equals(question.id()) || !shown.type().equals(question.type())
                || shown.choices().size() != choices || shown.targets().size() != targets) {
            throw new IllegalArgumentException("question '%s' (%s) was not presented as '%s' (%s)".formatted(
                    question.id(), question.type(), shown.key(), shown.type()));
        }
    }
}
