package org.peercert.assessment.types;

import org.peercert.assessment.types.ordering.OrderingQuestionType.Order;
import org.peercert.assessment.types.choice.Ticked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peercert.assessment.types.Questions.assertNoCorrectness;
import static org.peercert.assessment.types.Questions.idsOf;
import static org.peercert.assessment.types.Questions.seed;
import static org.peercert.assessment.types.Questions.texts;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.InvalidAnswerException;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;
import org.peercert.assessment.QuestionDefinition;

class OrderingQuestionTypeTest {

    private final Questions.Calls type = new Questions.Calls();

    /** 2 points over 4 items: each item in its place is worth 0.5. */
    private final QuestionDefinition question = Questions.ordering("steps", 2, "Listen", "Reflect", "Plan", "Follow up");

    private final QuestionDefinition three = Questions.ordering("phases", 1, "First", "Second", "Third");

    @Test
    void fixturesAreValid() {
        assertThat(type.validate(question)).isEmpty();
        assertThat(type.validate(three)).isEmpty();
    }

    @Test
    void presentsEveryItemOnceWithIdsInShownOrder() {
        PresentedQuestion shown = type.present(question, seed(1));

        assertThat(shown.choices()).extracting(Choice::id).containsExactly("steps-a", "steps-b", "steps-c", "steps-d");
        assertThat(texts(shown.choices())).containsExactlyInAnyOrder("Listen", "Reflect", "Plan", "Follow up");
        shown.choices().forEach(c -> assertThat(Questions.items(question).get(c.source())).isEqualTo(c.text()));
        assertThat(shown.targets()).isEmpty();
        assertNoCorrectness(shown, question);
    }

    @Test
    void thePresentedOrderIsNeverTheCorrectOne() {
        int rotated = 0;
        for (long s = 0; s < 600; s++) {
            assertThat(texts(type.present(three, seed(s)).choices())).doesNotContainSequence("First", "Second", "Third");
            assertThat(texts(type.present(question, seed(s)).choices())).isNotEqualTo(Questions.items(question));
            if (plainShuffleIsAuthoredOrder(3, s)) {
                rotated++;
                assertThat(texts(type.present(three, seed(s)).choices())).containsExactly("Third", "First", "Second");
            }
        }
        assertThat(rotated).as("seeds whose shuffle came out in the correct order").isPositive();
    }

    private static boolean plainShuffleIsAuthoredOrder(int size, long s) {
        return Shuffled.isAuthoredOrder(Shuffled.order(size, new Random(s)));
    }

    @Test
    void sameSeedSamePresentationDifferentSeedsUsuallyDiffer() {
        assertThat(type.present(question, seed(8))).isEqualTo(type.present(question, seed(8)));

        var orders = new HashSet<List<String>>();
        IntStream.range(0, 20).forEach(s -> orders.add(texts(type.present(question, seed(s)).choices())));
        assertThat(orders).hasSizeGreaterThan(5);
    }

    /** The trainee's order as item texts separated by |; hand-worked: 0.5 per item in its place. */
    @ParameterizedTest(name = "{0} earns {1}")
    @CsvSource({
        "Listen|Reflect|Plan|Follow up, 2.0",
        "Reflect|Listen|Plan|Follow up, 1.0",
        "Listen|Reflect|Follow up|Plan, 1.0",
        "Listen|Plan|Follow up|Reflect, 0.5",
        "Follow up|Listen|Reflect|Plan, 0.0",
        "Follow up|Plan|Reflect|Listen, 0.0",
        "Listen|Follow up|Plan|Reflect, 1.0",
    })
    void partialCreditForItemsInTheirPlace(String order, double expected) {
        PresentedQuestion shown = type.present(question, seed(5));

        Grade grade = type.grade(question, shown, Order.answer(idsOf(shown, order.split("\\|"))));

        assertThat(grade.earned()).isEqualTo(expected);
        assertThat(grade.possible()).isEqualTo(2.0);
        assertThat(grade.explanation()).isEqualTo(question.explanation());
    }

    @Test
    void oneOfThreeInPlaceRoundsToTwoDecimals() {
        PresentedQuestion shown = type.present(three, seed(5));

        Grade grade = type.grade(three, shown, Order.answer(idsOf(shown, "First", "Third", "Second")));

        assertThat(grade.earned()).isEqualTo(0.33);
    }

    @Test
    void submittingTheShownOrderUnchangedEarnsOnlyWhatHappensToBeInPlace() {
        for (long s = 0; s < 50; s++) {
            PresentedQuestion shown = type.present(three, seed(s));
            Grade grade = type.grade(three, shown, Order.answer(shown.choices().stream().map(Choice::id).toList()));
            assertThat(grade.fullyCorrect()).isFalse();
        }
    }

    @Test
    void noAnswerIsValidAndEarnsNothing() {
        PresentedQuestion shown = type.present(question, seed(5));

        assertThatCode(() -> type.check(shown, Answer.empty())).doesNotThrowAnyException();
        assertThat(type.grade(question, shown, Answer.empty()).earned()).isZero();
    }

    @Test
    void anOrderThatIsNotAPermutationOfTheShownIdsIsRefused() {
        PresentedQuestion shown = type.present(question, seed(5));

        assertThatThrownBy(() -> type.check(shown, Order.answer(List.of("steps-a", "steps-b", "steps-c"))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'steps'").hasMessageContaining("all 4 items");
        assertThatThrownBy(() -> type.check(shown, Order.answer(List.of("steps-a", "steps-b", "steps-c", "steps-c"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'steps-c'");
        assertThatThrownBy(() -> type.check(shown, Order.answer(List.of("steps-a", "steps-b", "steps-c", "steps-d", "steps-e"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'steps-e'");
        assertThatThrownBy(() -> type.check(shown, Order.answer(List.of("steps-a", "steps-b", "steps-c", "phases-a"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'phases-a'");
    }

    @Test
    void otherAnswerFieldsAreRefused() {
        PresentedQuestion shown = type.present(question, seed(5));

        assertThatThrownBy(() -> type.check(shown, Ticked.answer(List.of("steps-a"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'choices'");
    }
}
