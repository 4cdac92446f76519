package org.peercert.assessment.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peercert.assessment.types.Questions.idsOf;
import static org.peercert.assessment.types.Questions.seed;
import static org.peercert.assessment.types.Questions.weighted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionFormat;
import org.peercert.assessment.types.choice.Ticked;
import org.peercert.fields.Fields;

/** An optional per-option weight (percent, Moodle's fraction) grades a choice question by what was ticked. */
class WeightedChoiceTest {

    private final Questions.Calls type = new Questions.Calls();

    private final QuestionDefinition multiple = Questions.multiple("w-multiple", 4,
            weighted("A", true, 50), weighted("B", true, 50), weighted("C", false, -50), weighted("D", false, 0));
    private final PresentedQuestion shownMultiple = type.present(multiple, seed(3));

    private double earned(QuestionDefinition question, PresentedQuestion shown, String... ticked) {
        return type.grade(question, shown, Ticked.answer(idsOf(shown, ticked))).earned();
    }

    @Test
    void aMultipleChoiceGradeIsTheSumOfTheTickedWeightsClampedToZeroAndFull() {
        assertThat(Questions.validate(multiple)).isEmpty();
        assertThat(earned(multiple, shownMultiple, "A")).isEqualTo(2.0);
        assertThat(earned(multiple, shownMultiple, "A", "B")).isEqualTo(4.0);
        assertThat(earned(multiple, shownMultiple, "A", "B", "D")).isEqualTo(4.0);
        assertThat(earned(multiple, shownMultiple, "A", "B", "C")).isEqualTo(2.0);
        assertThat(earned(multiple, shownMultiple, "A", "C")).as("never below 0").isEqualTo(0.0);
        assertThat(earned(multiple, shownMultiple, "C")).isEqualTo(0.0);
        assertThat(earned(multiple, shownMultiple)).isEqualTo(0.0);
    }

    @Test
    void aSingleChoiceGradeIsTheTickedOptionsWeight() {
        QuestionDefinition single = Questions.single("w-single", 2,
                weighted("Best", true, 100), weighted("Partly", false, 50), weighted("Wrong", false, -25));
        PresentedQuestion shown = type.present(single, seed(5));

        assertThat(Questions.validate(single)).isEmpty();
        assertThat(earned(single, shown, "Best")).isEqualTo(2.0);
        assertThat(earned(single, shown, "Partly")).isEqualTo(1.0);
        assertThat(earned(single, shown, "Wrong")).isEqualTo(0.0);
    }

    @Test
    void withoutWeightsAMultipleChoiceGradeCountsRightAndWrongAsBefore() {
        QuestionDefinition plain = Questions.multiple("w-plain", 4,
                Questions.right("A"), Questions.right("B"), Questions.wrong("C"), Questions.wrong("D"));
        PresentedQuestion shown = type.present(plain, seed(3));

        assertThat(earned(plain, shown, "A")).isEqualTo(2.0);
        assertThat(earned(plain, shown, "A", "C")).isEqualTo(0.0);
        assertThat(earned(plain, shown, "A", "B", "C")).isEqualTo(2.0);
    }

    @Test
    void weightsOutOfRangeOrNotAddingUpAreProblemsOfTheQuestion() {
        assertThat(problems("multiple", option("A", true, "150"), option("B", true, "50"), option("C", false, "0")))
                .contains("'weight' must be between -100 and 100, found 150");
        assertThat(problems("multiple", option("A", true, "40"), option("B", true, "40"), option("C", false, "-10")))
                .contains("question 'w': the positive weights must add up to 100");
        assertThat(problems("single", option("A", true, "90"), option("B", false, "10")))
                .contains("question 'w': one option's weight must be 100");
        assertThat(problems("multiple", option("A", true, "half"), option("B", true, "50"), option("C", false, "0")))
                .contains("'weight' must be a whole number, found 'half'");
    }

    @Test
    void aWeightIsWrittenBackWhereItWasGiven() {
        Map<String, Object> written = new QuestionFormat(org.peercert.assessment.QuestionTypes.standard(), (f, id, c) -> {}).write(multiple);

        assertThat(written.get("options")).asList().first()
                .isEqualTo(Map.of("text", "A", "correct", true, "feedback", "FEEDBACK-50: A", "weight", 50));
    }

    private static Map<String, Object> option(String text, boolean correct, String weight) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("text", text);
        option.put("correct", String.valueOf(correct));
        option.put("feedback", "why " + text);
        option.put("weight", weight);
        return option;
    }

    @SafeVarargs
    private static List<String> problems(String type, Map<String, Object>... options) {
        Map<String, Object> question = new LinkedHashMap<>(Map.of("id", "w", "type", type, "competency", "rights", "prompt", "P",
                "explanation", "E"));
        question.put("options", List.of(options));
        List<String> problems = new ArrayList<>();
        QuestionFormat.stored().read(Fields.of(question, p -> problems.add(p.message())));
        return problems;
    }
}
