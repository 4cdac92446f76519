package org.peercert.assessment.types.ordering;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;
import org.peercert.assessment.types.AnswerRules;
import org.peercert.assessment.types.Grades;
import org.peercert.assessment.types.Shuffled;
import org.peercert.assessment.types.TypeRules;
import org.peercert.fields.Fields;

/**
 * Put items in order; authored in the correct order, shown shuffled. A shuffle that comes out in the
 * correct order is rotated by one, so the shown order never gives the answer away. The answer is the
 * complete list of shown ids in the trainee's order (or nothing).
 *
 * <p>Partial credit: {@code points × items in their correct absolute position / number of items},
 * rounded to 2 decimals. The right answer is the items numbered in the correct order.
 */
public final class OrderingQuestionType implements QuestionType<OrderingQuestionType.Items> {

    /** The content: the items in the correct order. */
    public record Items(List<String> items) {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** The trainee's order of the shown ids; stored as {@code {"order": [...]}}. */
    public record Order(List<String> order) {

        public Order(@Nullable List<String> order) {
            this.order = order == null ? List.of() : List.copyOf(order);
        }

        public static Answer answer(List<String> ids) {
            return Answer.of(new Order(ids));
        }
    }

    @Override
    public String name() {
        return "ordering";
    }

    @Override
    public Set<String> fields() {
        return Set.of("items");
    }

    @Override
    public Items read(Fields fields, String id, Parts parts) {
        List<String> items = fields.textList("items", false);
        new TypeRules(fields, name(), id)
                .count("items", items.size(), 3, 8)
                .unique("item", items);
        return new Items(items);
    }

    @Override
    public Map<String, Object> write(Items content) {
        return Map.of("items", content.items());
    }

    @Override
    public PresentedQuestion present(QuestionDefinition question, Items content, Random random) {
        List<Integer> order = Shuffled.order(content.items().size(), random);
        if (Shuffled.isAuthoredOrder(order)) {
            Collections.rotate(order, 1);
        }
        return new PresentedQuestion(question.id(), name(), question.prompt(), null, question.points(),
                Shuffled.lettered(question.id(), content.items(), order), List.of(), List.of());
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        List<String> order = answer.as(Order.class).order();
        var rules = new AnswerRules(shown).onlyUses(answer, "order").distinct("item", order);
        order.forEach(rules::choice);
        rules.check(order.isEmpty() || order.size() == shown.choices().size(),
                "the order must list all %d items, got %d".formatted(shown.choices().size(), order.size()));
    }

    @Override
    public Grade grade(QuestionDefinition question, Items content, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        int items = content.items().size();
        Grades.requireShown(question, shown, items, 0);
        List<String> order = answer.as(Order.class).order();
        long inPlace = IntStream.range(0, order.size())
                .filter(position -> shown.choice(order.get(position)) instanceof PresentedQuestion.Choice choice
                        && choice.source() == position)
                .count();
        List<String> rightOrder = IntStream.range(0, items).mapToObj(i -> (i + 1) + ". " + content.items().get(i)).toList();
        return Grades.of(question, Grades.share(question.points(), inPlace, items), List.of(), rightOrder);
    }

    @Override
    public Answer rightAnswer(Items content, PresentedQuestion shown) {
        return Order.answer(shown.choices().stream().sorted(Comparator.comparingInt(PresentedQuestion.Choice::source))
                .map(PresentedQuestion.Choice::id).toList());
    }
}
