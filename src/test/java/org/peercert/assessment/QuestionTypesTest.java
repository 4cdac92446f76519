package org.peercert.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.peercert.assessment.types.Questions.pair;
import static org.peercert.assessment.types.Questions.right;
import static org.peercert.assessment.types.Questions.wrong;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peercert.assessment.PresentedQuestion.Choice;
import org.peercert.assessment.types.Questions;

class QuestionTypesTest {

    private final QuestionTypes types = QuestionTypes.standard();

    static Stream<QuestionDefinition> oneOfEach() {
        return Stream.of(
                Questions.single("q-single", 1, right("Yes"), wrong("No")),
                Questions.multiple("q-multiple", 3, right("A"), right("B"), wrong("C")),
                Questions.trueFalse("q-true-false", 1, false),
                Questions.matching("q-matching", 2, pair("a", "1"), pair("b", "2"), pair("c", "3")),
                Questions.ordering("q-ordering", 2, "one", "two", "three"),
                Questions.shortText("q-short-text", 1, "answer"),
                Questions.scenario("q-scenario", "A case.",
                        Questions.single("q-scenario-1", 1, right("Yes"), wrong("No")),
                        Questions.ordering("q-scenario-2", 2, "one", "two", "three")));
    }

    private Questions.Calls typeOf(QuestionDefinition question) {
        assertThat(types.find(question.type())).isPresent();
        return new Questions.Calls();
    }

    @Test
    void theStandardRegistryKnowsEveryTypeByItsCurriculumName() {
        // "numeric" is the test-only type (src/test/resources/META-INF/services): found the same way as the built-in ones
        assertThat(types.names()).containsExactly(
                "matching", "multiple", "numeric", "ordering", "scenario", "short-text", "single", "true-false");
        types.names().forEach(name -> assertThat(types.find(name)).get().extracting(QuestionType::name).isEqualTo(name));
        assertThat(types.find("essay")).isEmpty();
        assertThat(QuestionTypes.standard()).isSameAs(types);
    }

    @Test
    void thePresentationShapeHasNoRoomForCorrectness() {
        assertThat(Stream.of(PresentedQuestion.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("key", "type", "prompt", "vignette", "points", "choices", "targets", "parts");
        assertThat(Stream.of(Choice.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("id", "text", "source");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneOfEach")
    void everyTypeValidatesPresentsChecksAndGradesAnEmptyAnswer(QuestionDefinition question) {
        Questions.Calls type = typeOf(question);
        assertThat(type.validate(question)).isEmpty();

        PresentedQuestion shown = type.present(question, new Random(1));
        assertThat(shown.key()).isEqualTo(question.id());
        assertThat(shown.type()).isEqualTo(question.type());
        assertThat(shown.prompt()).isEqualTo(question.prompt());
        assertThat(shown).isEqualTo(type.present(question, new Random(1)));
        Stream.concat(shown.choices().stream(), shown.targets().stream())
                .forEach(c -> assertThat(c.id()).startsWith(question.id() + "-"));
        Questions.assertNoCorrectness(shown, question);

        assertThatCode(() -> type.check(shown, Answer.empty())).doesNotThrowAnyException();
        Grade grade = type.grade(question, shown, Answer.empty());
        assertThat(grade.key()).isEqualTo(question.id());
        assertThat(grade.earned()).isZero();
        assertThat(grade.possible()).isEqualTo(shown.points());
        assertThat(grade.explanation()).isEqualTo(question.explanation());
    }

    @Test
    void pointsOfAScenarioAreTheSumOfItsParts() {
        QuestionDefinition scenario = oneOfEach().filter(q -> q.type().equals("scenario")).findFirst().orElseThrow();

        assertThat(typeOf(scenario).present(scenario, new Random(1)).points()).isEqualTo(3);
        assertThat(List.of(scenario.points())).containsExactly(1);
    }

    @Test
    void roundingIsToTwoDecimals() {
        assertThat(Grade.round(2.0 / 3)).isEqualTo(0.67);
        assertThat(Grade.round(1.0 / 3)).isEqualTo(0.33);
        assertThat(Grade.round(0.125)).isEqualTo(0.13);
        assertThat(Grade.round(5)).isEqualTo(5.0);
    }
}
