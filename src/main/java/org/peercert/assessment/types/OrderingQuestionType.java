package org.peercert.assessment.types;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;

/**
 * Put items in order; authored in the correct order, shown shuffled. A shuffle that comes out in the
 * correct order is rotated by one, so the shown order never gives the answer away. The answer is the
 * complete list of shown ids in the trainee's order (or nothing).
 *
 * <p>Partial credit: {@code points × items in their correct absolute position / number of items},
 * rounded to 2 decimals. The right answer is the items numbered in the correct order.
 */
public final class OrderingQuestionType implements QuestionType {

    @Override
    public String name() {
        return "ordering";
    }

    @Override
    public List<String> validate(QuestionDefinition question) {
        return new TypeRules(question)
                .onlyUses("items")
                .count("items", question.items().size(), 3, 8)
                .unique("item", question.items())
                .problems();
    }

    @Override
    public PresentedQuestion present(QuestionDefinition question, Random random) {
        List<Integer> order = Shuffled.order(question.items().size(), random);
        if (Shuffled.isAuthoredOrder(order)) {
            Collections.rotate(order, 1);
        }
        return new PresentedQuestion(question.id(), name(), question.prompt(), null, question.points(),
                Shuffled.lettered(question.id(), question.items(), order), List.of(), List.of());
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        var rules = new AnswerRules(shown, answer)
                .onlyUses("order")
                .distinct("item", answer.order());
        answer.order().forEach(rules::choice);
        rules.check(answer.order().isEmpty() || answer.order().size() == shown.choices().size(),
                "the order must list all %d items, got %d".formatted(shown.choices().size(), answer.order().size()));
    }

    @Override
    public Grade grade(QuestionDefinition question, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        int items = question.items().size();
        Grades.requireShown(question, shown, items, 0);
        List<String> order = answer.order();
        long inPlace = IntStream.range(0, order.size())
                .filter(position -> shown.choice(order.get(position)) instanceof PresentedQuestion.Choice choice
                        && choice.source() == position)
                .count();
        List<String> rightOrder = IntStream.range(0, items).mapToObj(i -> (i + 1) + ". " + question.items().get(i)).toList();
        return Grades.of(question, Grades.share(question.points(), inPlace, items), List.of(), rightOrder);
    }
}
