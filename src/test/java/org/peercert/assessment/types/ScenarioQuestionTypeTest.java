package org.peercert.assessment.types;

import org.peercert.assessment.types.scenario.ScenarioQuestionType.PartAnswers;
import org.peercert.assessment.types.truefalse.TrueFalseQuestionType.Verdict;
import org.peercert.assessment.types.choice.Ticked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peercert.assessment.types.Questions.assertNoCorrectness;
import static org.peercert.assessment.types.Questions.idOf;
import static org.peercert.assessment.types.Questions.idsOf;
import static org.peercert.assessment.types.Questions.right;
import static org.peercert.assessment.types.Questions.seed;
import static org.peercert.assessment.types.Questions.texts;
import static org.peercert.assessment.types.Questions.wrong;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.InvalidAnswerException;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;

class ScenarioQuestionTypeTest {

    private final Questions.Calls type = new Questions.Calls();

    private final QuestionDefinition first = Questions.single("sam-first", 1,
            wrong("Call emergency services"), right("Ask how Sam is feeling"), wrong("Ignore it"));
    /** 2 points, 2 right options: a share is 1 point. */
    private final QuestionDefinition next = Questions.multiple("sam-next", 2,
            right("Agree a check-in time"), wrong("Share Sam's message"), right("Offer resources"), wrong("Promise secrecy"));
    private final QuestionDefinition boundary = Questions.trueFalse("sam-boundary", 1, true);

    private final QuestionDefinition scenario = Questions.scenario("sam", "Sam texts you at 2 am saying things are hard.",
            first, next, boundary);

    private final PresentedQuestion shown = type.present(scenario, seed(12));

    @Test
    void fixtureIsValid() {
        assertThat(type.validate(scenario)).isEmpty();
    }

    @Test
    void presentsTheVignetteAndEachPartByItsOwnTypeInAuthoredOrder() {
        assertThat(shown.key()).isEqualTo("sam");
        assertThat(shown.type()).isEqualTo("scenario");
        assertThat(shown.vignette()).isEqualTo("Sam texts you at 2 am saying things are hard.");
        assertThat(shown.choices()).isEmpty();
        assertThat(shown.targets()).isEmpty();
        assertThat(shown.points()).as("sum of the parts, not the scenario's own points").isEqualTo(4);
        assertThat(shown.parts()).extracting(PresentedQuestion::key).containsExactly("sam-first", "sam-next", "sam-boundary");

        Random random = seed(12);
        assertThat(shown.parts()).containsExactly(
                type.present(first, random),
                type.present(next, random),
                type.present(boundary, random));
        assertThat(shown.parts().get(1).choices()).allSatisfy(c -> assertThat(c.id()).startsWith("sam-next-"));
    }

    @Test
    void sameSeedSamePresentationDifferentSeedsUsuallyDiffer() {
        assertThat(type.present(scenario, seed(3))).isEqualTo(type.present(scenario, seed(3)));

        var orders = new HashSet<List<String>>();
        IntStream.range(0, 20).forEach(s -> orders.add(texts(type.present(scenario, seed(s)).parts().get(1).choices())));
        assertThat(orders).hasSizeGreaterThan(5);
    }

    @Test
    void presentationHoldsNoCorrectness() {
        assertNoCorrectness(shown, scenario);
        assertNoCorrectness(shown.parts().get(0), first);
        assertNoCorrectness(shown.parts().get(1), next);
    }

    @Test
    void allPartsRightEarnsTheSumOfTheirPoints() {
        Grade grade = type.grade(scenario, shown, PartAnswers.answer(Map.of(
                "sam-first", Ticked.answer(List.of(idOf(shown.parts().get(0), "Ask how Sam is feeling"))),
                "sam-next", Ticked.answer(idsOf(shown.parts().get(1), "Agree a check-in time", "Offer resources")),
                "sam-boundary", Verdict.answer(true))));

        assertThat(grade.key()).isEqualTo("sam");
        assertThat(grade.earned()).isEqualTo(4.0);
        assertThat(grade.possible()).isEqualTo(4.0);
        assertThat(grade.fullyCorrect()).isTrue();
        assertThat(grade.explanation()).isEqualTo(scenario.explanation());
        assertThat(grade.parts()).extracting(Grade::key).containsExactly("sam-first", "sam-next", "sam-boundary");
        assertThat(grade.parts()).extracting(Grade::explanation)
                .containsExactly(first.explanation(), next.explanation(), boundary.explanation());
    }

    @Test
    void partlyRightEarnsWhatEachPartEarns() {
        Grade grade = type.grade(scenario, shown, PartAnswers.answer(Map.of(
                "sam-first", Ticked.answer(List.of(idOf(shown.parts().get(0), "Ask how Sam is feeling"))),
                "sam-next", Ticked.answer(idsOf(shown.parts().get(1), "Offer resources")),
                "sam-boundary", Verdict.answer(false))));

        assertThat(grade.parts()).extracting(Grade::earned).containsExactly(1.0, 1.0, 0.0);
        assertThat(grade.earned()).isEqualTo(2.0);
        assertThat(grade.possible()).isEqualTo(4.0);
    }

    @Test
    void unansweredPartsEarnNothing() {
        Grade grade = type.grade(scenario, shown, PartAnswers.answer(Map.of("sam-boundary", Verdict.answer(true))));

        assertThat(grade.parts()).extracting(Grade::earned).containsExactly(0.0, 0.0, 1.0);
        assertThat(grade.earned()).isEqualTo(1.0);
    }

    @Test
    void noAnswerIsValidAndEarnsNothing() {
        assertThatCode(() -> type.check(shown, Answer.empty())).doesNotThrowAnyException();

        Grade grade = type.grade(scenario, shown, Answer.empty());

        assertThat(grade.earned()).isZero();
        assertThat(grade.possible()).isEqualTo(4.0);
        assertThat(grade.parts()).hasSize(3).allSatisfy(part -> assertThat(part.earned()).isZero());
    }

    @Test
    void partKeysThatAreNotSubQuestionsAreRefused() {
        assertThatThrownBy(() -> type.check(shown, PartAnswers.answer(Map.of("other", Verdict.answer(true)))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'sam'").hasMessageContaining("'other'");
    }

    @Test
    void eachPartIsCheckedByItsType() {
        String idOfAnotherPart = shown.parts().get(1).choices().getFirst().id();

        assertThatThrownBy(() -> type.check(shown, PartAnswers.answer(Map.of("sam-first", Ticked.answer(List.of(idOfAnotherPart))))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'sam-first'").hasMessageContaining("'" + idOfAnotherPart + "'");
        assertThatThrownBy(() -> type.check(shown, PartAnswers.answer(Map.of("sam-boundary", Ticked.answer(List.of("sam-first-a"))))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'sam-boundary'");
        assertThatThrownBy(() -> type.grade(scenario, shown, PartAnswers.answer(Map.of("sam-first", Verdict.answer(true)))))
                .isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void fieldsOtherThanPartsAreRefused() {
        assertThatThrownBy(() -> type.check(shown, Verdict.answer(true)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'sam'").hasMessageContaining("'truth'");
        assertThatThrownBy(() -> type.check(shown, Ticked.answer(List.of("sam-first-a"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'choices'");
    }
}
