package org.peercert.assessment.types;

import org.peercert.assessment.types.scenario.ScenarioQuestionType.PartAnswers;
import org.peercert.assessment.types.shorttext.ShortTextQuestionType.Typed;
import org.peercert.assessment.types.truefalse.TrueFalseQuestionType.Verdict;
import org.peercert.assessment.types.choice.Ticked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peercert.assessment.types.Questions.assertNoCorrectness;
import static org.peercert.assessment.types.Questions.seed;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.InvalidAnswerException;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;

class TrueFalseQuestionTypeTest {

    private final Questions.Calls type = new Questions.Calls();

    private final QuestionDefinition isTrue = Questions.trueFalse("lived", 2, true);
    private final QuestionDefinition isFalse = Questions.trueFalse("clinical", 1, false);

    @Test
    void fixturesAreValid() {
        assertThat(type.validate(isTrue)).isEmpty();
        assertThat(type.validate(isFalse)).isEmpty();
    }

    @Test
    void presentsThePromptWithoutChoicesOrTheAnswer() {
        PresentedQuestion shown = type.present(isTrue, seed(1));

        assertThat(shown).isEqualTo(new PresentedQuestion("lived", "true-false", "Prompt of lived", null, 2,
                List.of(), List.of(), List.of()));
        assertThat(type.present(isFalse, seed(1)).toString()).isEqualTo(type.present(isFalse, seed(2)).toString());
        assertNoCorrectness(shown, isTrue);
    }

    @ParameterizedTest(name = "answer {0}, trainee says {1}: {2}")
    @CsvSource({
        "true,  true,  2.0",
        "true,  false, 0.0",
        "false, false, 1.0",
        "false, true,  0.0",
    })
    void fullPointsOnlyForTheRightVerdict(boolean answer, boolean verdict, double expected) {
        QuestionDefinition question = answer ? isTrue : isFalse;
        PresentedQuestion shown = type.present(question, seed(1));

        Grade grade = type.grade(question, shown, Verdict.answer(verdict));

        assertThat(grade.earned()).isEqualTo(expected);
        assertThat(grade.possible()).isEqualTo(question.points());
        assertThat(grade.explanation()).isEqualTo(question.explanation());
    }

    @Test
    void noAnswerIsValidAndEarnsNothing() {
        for (QuestionDefinition question : List.of(isTrue, isFalse)) {
            PresentedQuestion shown = type.present(question, seed(1));
            assertThatCode(() -> type.check(shown, Answer.empty())).doesNotThrowAnyException();
            assertThat(type.grade(question, shown, Answer.empty()).earned()).isZero();
        }
    }

    @Test
    void answersCarryingChoicesOrOtherFieldsAreRefused() {
        PresentedQuestion shown = type.present(isTrue, seed(1));

        assertThatThrownBy(() -> type.check(shown, Ticked.answer(List.of("lived-a"))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'lived'")
                .hasMessageContaining("'choices'");
        assertThatThrownBy(() -> type.check(shown, new Answer(Map.of("choices", List.of("lived-a"), "truth", true))))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> type.check(shown, Typed.answer("true")))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'text'");
        assertThatThrownBy(() -> type.check(shown, PartAnswers.answer(Map.of("lived", Verdict.answer(true)))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'parts'");
    }
}
