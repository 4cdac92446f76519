package org.peercert.assessment.types;

import org.peercert.assessment.types.shorttext.ShortTextQuestionType.Typed;
import org.peercert.assessment.types.matching.MatchingQuestionType.Matches;
import org.peercert.assessment.types.truefalse.TrueFalseQuestionType.Verdict;
import org.peercert.assessment.types.choice.Ticked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peercert.assessment.types.Questions.assertNoCorrectness;
import static org.peercert.assessment.types.Questions.idOf;
import static org.peercert.assessment.types.Questions.right;
import static org.peercert.assessment.types.Questions.seed;
import static org.peercert.assessment.types.Questions.texts;
import static org.peercert.assessment.types.Questions.wrong;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.InvalidAnswerException;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;
import org.peercert.assessment.QuestionDefinition;

class SingleChoiceQuestionTypeTest {

    private final Questions.Calls type = new Questions.Calls();

    private final QuestionDefinition question = Questions.single("consent", 2,
            wrong("Share it with the group"),
            right("Ask the person first"),
            wrong("Post it anonymously"),
            wrong("Tell their family"));

    private final PresentedQuestion shown = type.present(question, seed(42));

    @Test
    void fixtureIsValid() {
        assertThat(type.validate(question)).isEmpty();
    }

    @Test
    void presentsEveryOptionOnceWithIdsInShownOrder() {
        assertThat(shown.key()).isEqualTo("consent");
        assertThat(shown.type()).isEqualTo("single");
        assertThat(shown.prompt()).isEqualTo("Prompt of consent");
        assertThat(shown.points()).isEqualTo(2);
        assertThat(shown.vignette()).isNull();
        assertThat(shown.targets()).isEmpty();
        assertThat(shown.parts()).isEmpty();
        assertThat(shown.choices()).extracting(Choice::id)
                .containsExactly("consent-a", "consent-b", "consent-c", "consent-d");
        assertThat(texts(shown.choices())).containsExactlyInAnyOrderElementsOf(
                Questions.options(question).stream().map(o -> o.text()).toList());
        for (Choice choice : shown.choices()) {
            assertThat(Questions.options(question).get(choice.source()).text()).isEqualTo(choice.text());
        }
    }

    @Test
    void sameSeedGivesTheSamePresentation() {
        assertThat(type.present(question, seed(7))).isEqualTo(type.present(question, seed(7)));
    }

    @Test
    void differentSeedsUsuallyGiveDifferentOrders() {
        var orders = new HashSet<List<String>>();
        IntStream.range(0, 20).forEach(s -> orders.add(texts(type.present(question, seed(s)).choices())));
        assertThat(orders).hasSizeGreaterThan(5);
    }

    @Test
    void presentationHoldsNoCorrectness() {
        assertNoCorrectness(shown, question);
    }

    @Test
    void rightChoiceEarnsFullPointsWithItsFeedback() {
        Grade grade = type.grade(question, shown, Ticked.answer(List.of(idOf(shown, "Ask the person first"))));

        assertThat(grade.key()).isEqualTo("consent");
        assertThat(grade.earned()).isEqualTo(2.0);
        assertThat(grade.possible()).isEqualTo(2.0);
        assertThat(grade.fullyCorrect()).isTrue();
        assertThat(grade.feedback()).containsExactly("FEEDBACK-right: Ask the person first is correct");
        assertThat(grade.explanation()).isEqualTo(question.explanation());
        assertThat(grade.parts()).isEmpty();
    }

    @Test
    void wrongChoiceEarnsNothingAndShowsTheRightAnswer() {
        Grade grade = type.grade(question, shown, Ticked.answer(List.of(idOf(shown, "Tell their family"))));

        assertThat(grade.earned()).isZero();
        assertThat(grade.possible()).isEqualTo(2.0);
        assertThat(grade.fullyCorrect()).isFalse();
        assertThat(grade.feedback()).containsExactly("FEEDBACK-wrong: Tell their family is not correct");
        assertThat(grade.rightAnswer()).containsExactly("Ask the person first");
    }

    @Test
    void noAnswerIsValidAndEarnsNothing() {
        assertThatCode(() -> type.check(shown, Answer.empty())).doesNotThrowAnyException();

        Grade grade = type.grade(question, shown, Answer.empty());

        assertThat(grade.earned()).isZero();
        assertThat(grade.feedback()).isEmpty();
        assertThat(grade.rightAnswer()).containsExactly("Ask the person first");
    }

    @Test
    void moreThanOneChoiceIsRefused() {
        var answer = Ticked.answer(List.of("consent-a", "consent-b"));

        assertThatThrownBy(() -> type.check(shown, answer))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'consent'")
                .hasMessageContaining("one choice");
        assertThatThrownBy(() -> type.grade(question, shown, answer)).isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void choiceIdOfAnotherQuestionIsRefused() {
        var other = type.present(Questions.single("privacy", 1, right("Yes"), wrong("No")), seed(42));
        String foreignId = other.choices().getFirst().id();

        assertThatThrownBy(() -> type.check(shown, Ticked.answer(List.of(foreignId))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'consent'")
                .hasMessageContaining("'privacy-a'");
    }

    @Test
    void unknownChoiceIdIsRefused() {
        assertThatThrownBy(() -> type.check(shown, Ticked.answer(List.of("consent-e"))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'consent-e'");
    }

    @Test
    void fieldsOfOtherTypesAreRefused() {
        assertThatThrownBy(() -> type.check(shown, Verdict.answer(true)))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'truth'");
        assertThatThrownBy(() -> type.check(shown, Typed.answer("Ask the person first")))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'text'");
        assertThatThrownBy(() -> type.check(shown, Matches.answer(Map.of("consent-a", "consent-1"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'matches'");
        assertThatThrownBy(() -> type.check(shown, new Answer(Map.of("choices", List.of("consent-a"), "order", List.of("consent-a")))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'order'");
    }

    @Test
    void gradingAgainstThePresentationOfAnotherQuestionIsRefused() {
        var other = Questions.single("privacy", 1, right("Yes"), wrong("No"));

        assertThatThrownBy(() -> type.grade(other, shown, Answer.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'privacy'");
    }
}
