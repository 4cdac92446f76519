package org.peercert.assessment.types;

import org.peercert.assessment.types.choice.Ticked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peercert.assessment.types.Questions.assertNoCorrectness;
import static org.peercert.assessment.types.Questions.idsOf;
import static org.peercert.assessment.types.Questions.right;
import static org.peercert.assessment.types.Questions.seed;
import static org.peercert.assessment.types.Questions.texts;
import static org.peercert.assessment.types.Questions.wrong;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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

class MultipleChoiceQuestionTypeTest {

    private final Questions.Calls type = new Questions.Calls();

    /** 3 points, 3 right options: a share is 1 point. */
    private final QuestionDefinition threePoints = Questions.multiple("signs", 3,
            right("A"), right("B"), right("C"), wrong("X"), wrong("Y"));

    /** 1 point, 3 right options: a share is a third. */
    private final QuestionDefinition onePoint = Questions.multiple("skills", 1,
            right("A"), wrong("X"), right("B"), right("C"), wrong("Y"));

    /** 2 points, 2 right options, 3 wrong ones. */
    private final QuestionDefinition mostlyWrong = Questions.multiple("risks", 2,
            wrong("X"), right("A"), wrong("Y"), right("B"), wrong("Z"));

    @Test
    void fixturesAreValid() {
        assertThat(type.validate(threePoints)).isEmpty();
        assertThat(type.validate(onePoint)).isEmpty();
        assertThat(type.validate(mostlyWrong)).isEmpty();
    }

    /** Ticked option texts, separated by |; hand-worked: (right - wrong) shares, clamped to [0, points]. */
    @ParameterizedTest(name = "{0}: ticked {1} earns {2}")
    @CsvSource({
        "signs, A|B|C,     3.0",
        "signs, A|B,       2.0",
        "signs, A,         1.0",
        "signs, A|B|X,     1.0",
        "signs, A|B|C|X,   2.0",
        "signs, A|B|C|X|Y, 1.0",
        "signs, A|X|Y,     0.0",
        "signs, X,         0.0",
        "signs, X|Y,       0.0",
        "skills, A|B|C,    1.0",
        "skills, A|B,      0.67",
        "skills, C,        0.33",
        "skills, A|B|X,    0.33",
        "skills, A|B|C|X,  0.67",
        "skills, A|B|C|X|Y, 0.33",
        "risks, A,         1.0",
        "risks, A|B|X,     1.0",
        "risks, A|B|X|Y|Z, 0.0",
        "risks, A|X,       0.0",
    })
    void partialCredit(String id, String ticked, double expected) {
        QuestionDefinition question = switch (id) {
            case "signs" -> threePoints;
            case "skills" -> onePoint;
            default -> mostlyWrong;
        };
        PresentedQuestion shown = type.present(question, seed(3));

        Grade grade = type.grade(question, shown, Ticked.answer(idsOf(shown, ticked.split("\\|"))));

        assertThat(grade.earned()).isEqualTo(expected);
        assertThat(grade.possible()).isEqualTo(question.points());
    }

    @Test
    void allOptionsTickedEarnsRightMinusWrongShares() {
        PresentedQuestion shown = type.present(threePoints, seed(1));
        var all = shown.choices().stream().map(Choice::id).toList();

        Grade grade = type.grade(threePoints, shown, Ticked.answer(all));

        assertThat(grade.earned()).isEqualTo(1.0);
        assertThat(grade.fullyCorrect()).isFalse();
        assertThat(grade.feedback()).hasSize(5);
    }

    @Test
    void exactlyTheRightOptionsAreFullyCorrect() {
        PresentedQuestion shown = type.present(onePoint, seed(1));

        Grade grade = type.grade(onePoint, shown, Ticked.answer(idsOf(shown, "C", "A", "B")));

        assertThat(grade.earned()).isEqualTo(1.0);
        assertThat(grade.fullyCorrect()).isTrue();
    }

    @Test
    void nothingTickedIsValidAndEarnsNothing() {
        PresentedQuestion shown = type.present(threePoints, seed(1));

        assertThatCode(() -> type.check(shown, Answer.empty())).doesNotThrowAnyException();
        Grade grade = type.grade(threePoints, shown, Answer.empty());

        assertThat(grade.earned()).isZero();
        assertThat(grade.possible()).isEqualTo(3.0);
        assertThat(grade.feedback()).isEmpty();
        assertThat(grade.explanation()).isEqualTo(threePoints.explanation());
    }

    @Test
    void feedbackIsThatOfEachTickedOptionInShownOrder() {
        PresentedQuestion shown = type.present(threePoints, seed(5));

        Grade grade = type.grade(threePoints, shown, Ticked.answer(idsOf(shown, "X", "A")));

        var expected = texts(shown.choices()).stream().filter(t -> t.equals("X") || t.equals("A"))
                .map(t -> t.equals("A") ? "FEEDBACK-right: A is correct" : "FEEDBACK-wrong: X is not correct")
                .toList();
        assertThat(grade.feedback()).isEqualTo(expected);
    }

    @Test
    void aChoiceTickedTwiceIsRefused() {
        PresentedQuestion shown = type.present(threePoints, seed(1));

        assertThatThrownBy(() -> type.check(shown, Ticked.answer(List.of("signs-a", "signs-a"))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'signs'")
                .hasMessageContaining("'signs-a'");
    }

    @Test
    void choiceIdOfAnotherQuestionIsRefused() {
        PresentedQuestion shown = type.present(threePoints, seed(1));
        PresentedQuestion other = type.present(onePoint, seed(1));

        assertThatThrownBy(() -> type.check(shown, Ticked.answer(List.of("signs-a", other.choices().get(1).id()))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'signs'")
                .hasMessageContaining("'skills-b'");
    }

    @Test
    void sameSeedSamePresentationDifferentSeedsUsuallyDiffer() {
        assertThat(type.present(threePoints, seed(11))).isEqualTo(type.present(threePoints, seed(11)));

        var orders = new HashSet<List<String>>();
        IntStream.range(0, 20).forEach(s -> orders.add(texts(type.present(threePoints, seed(s)).choices())));
        assertThat(orders).hasSizeGreaterThan(5);
    }

    @Test
    void presentationHoldsNoCorrectness() {
        PresentedQuestion shown = type.present(threePoints, seed(1));

        assertNoCorrectness(shown, threePoints);
        assertThat(shown.choices()).extracting(Choice::id)
                .containsExactlyElementsOf(Arrays.stream("abcde".split("")).map(l -> "signs-" + l).toList());
    }
}
