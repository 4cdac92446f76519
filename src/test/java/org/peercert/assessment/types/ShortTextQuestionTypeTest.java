package org.peercert.assessment.types;

import org.peercert.assessment.types.shorttext.ShortTextQuestionType;
import org.peercert.assessment.types.shorttext.ShortTextQuestionType.Typed;
import org.peercert.assessment.types.truefalse.TrueFalseQuestionType.Verdict;
import org.peercert.assessment.types.choice.Ticked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peercert.assessment.types.Questions.assertNoCorrectness;
import static org.peercert.assessment.types.Questions.seed;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.InvalidAnswerException;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;

class ShortTextQuestionTypeTest {

    private final Questions.Calls type = new Questions.Calls();

    private final QuestionDefinition question = Questions.shortText("model", 2,
            "Recovery", "the recovery  model.", "café", "TITLE IX");

    private final PresentedQuestion shown = type.present(question, seed(1));

    @Test
    void fixtureIsValid() {
        assertThat(type.validate(question)).isEmpty();
    }

    @Test
    void presentsThePromptOnlyAndNeverTheAcceptedAnswers() {
        assertThat(shown).isEqualTo(new PresentedQuestion("model", "short-text", "Prompt of model", null, 2,
                List.of(), List.of(), List.of()));
        assertThat(shown.toString()).doesNotContainIgnoringCase("recovery").doesNotContain("café");
        assertNoCorrectness(shown, question);
    }

    @ParameterizedTest(name = "[{0}] is accepted")
    @ValueSource(strings = {
        "Recovery",
        "recovery",
        "  RECOVERY  ",
        "recovery.",
        "Recovery!!",
        "recovery ?",
        "\trecovery\n",
        "The Recovery Model",
        "the   recovery\tmodel",
        "the\u00A0recovery model",
        "THE RECOVERY MODEL!",
        "cafe\u0301",
        "CAFÉ",
        "title ix",
    })
    void acceptedIgnoringCaseSpacesTrailingPunctuationAndUnicodeForm(String typed) {
        Grade grade = type.grade(question, shown, Typed.answer(typed));

        assertThat(grade.earned()).isEqualTo(2.0);
        assertThat(grade.possible()).isEqualTo(2.0);
        assertThat(grade.explanation()).isEqualTo(question.explanation());
    }

    @ParameterizedTest(name = "[{0}] is not accepted")
    @ValueSource(strings = {"recover", "recovery model", "the recoverymodel", "re covery", "recovery!x", ".recovery",
        "cafe", "", "   ", "..."})
    void otherAnswersEarnNothing(String typed) {
        assertThat(type.grade(question, shown, Typed.answer(typed)).earned()).isZero();
    }

    @Test
    void lowerCasingDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(type.grade(question, shown, Typed.answer("Title IX")).earned()).isEqualTo(2.0);
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "'  Hello   World  '| hello world",
        "'Hello world?!.'   | hello world",
        "'Hello world .'    | hello world",
        "'Mr. Smith'        | mr. smith",
        "'¿Qué?'            | ¿qué",
        "''                 | ''",
    })
    void normalise(String text, String expected) {
        assertThat(ShortTextQuestionType.normalise(text)).isEqualTo(expected);
    }

    @Test
    void normaliseComposesToNfc() {
        assertThat(ShortTextQuestionType.normalise("Cafe\u0301")).isEqualTo("caf\u00e9");
        assertThat(ShortTextQuestionType.normalise(null)).isEmpty();
    }

    @Test
    void noAnswerIsValidAndEarnsNothing() {
        assertThatCode(() -> type.check(shown, Answer.empty())).doesNotThrowAnyException();
        Grade grade = type.grade(question, shown, Answer.empty());
        assertThat(grade.earned()).isZero();
        assertThat(grade.possible()).isEqualTo(2.0);
    }

    @Test
    void otherAnswerFieldsAreRefused() {
        assertThatThrownBy(() -> type.check(shown, Ticked.answer(List.of("model-a"))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'model'").hasMessageContaining("'choices'");
        assertThatThrownBy(() -> type.check(shown, Verdict.answer(false)))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'truth'");
    }
}
