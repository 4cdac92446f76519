package org.peercert.assessment.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.ArrayList;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionFormat;
import org.peercert.assessment.QuestionTypes;
import org.peercert.assessment.types.choice.Choices;
import org.peercert.assessment.types.choice.Choices.Option;
import org.peercert.assessment.types.matching.MatchingQuestionType;
import org.peercert.assessment.types.matching.MatchingQuestionType.Pair;
import org.peercert.assessment.types.ordering.OrderingQuestionType;
import org.peercert.assessment.types.scenario.ScenarioQuestionType;
import org.peercert.assessment.types.shorttext.ShortTextQuestionType;
import org.peercert.assessment.types.truefalse.TrueFalseQuestionType;
import org.peercert.fields.Fields;

/** Small hand-built questions for the question-type tests, and the types' calls on them through the registry. */
public final class Questions {

    private static final QuestionTypes TYPES = QuestionTypes.standard();

    private Questions() {}

    public static QuestionDefinition single(String id, int points, Option... options) {
        return question(id, "single", points, new Choices(List.of(options)));
    }

    public static QuestionDefinition multiple(String id, int points, Option... options) {
        return question(id, "multiple", points, new Choices(List.of(options)));
    }

    public static QuestionDefinition trueFalse(String id, int points, boolean answer) {
        return question(id, "true-false", points, new TrueFalseQuestionType.Statement(answer));
    }

    public static QuestionDefinition matching(String id, int points, Pair... pairs) {
        return question(id, "matching", points, new MatchingQuestionType.Pairs(List.of(pairs)));
    }

    public static QuestionDefinition ordering(String id, int points, String... items) {
        return question(id, "ordering", points, new OrderingQuestionType.Items(List.of(items)));
    }

    public static QuestionDefinition shortText(String id, int points, String... accepted) {
        return question(id, "short-text", points, new ShortTextQuestionType.Accepted(List.of(accepted)));
    }

    /** The scenario's own points (1) are deliberately not the sum of its parts'. */
    public static QuestionDefinition scenario(String id, String vignette, QuestionDefinition... parts) {
        return question(id, "scenario", 1, new ScenarioQuestionType.Scenario(vignette, List.of(parts)));
    }

    private static QuestionDefinition question(String id, String type, int points, Object content) {
        return new QuestionDefinition(id, type, "rights", "Prompt of " + id, points, explanation(id), content);
    }

    /** A choice question's options. */
    public static List<Option> options(QuestionDefinition question) {
        return question.content() instanceof Choices choices ? choices.options() : List.of();
    }

    public static List<Pair> pairs(QuestionDefinition question) {
        return question.content() instanceof MatchingQuestionType.Pairs pairs ? pairs.pairs() : List.of();
    }

    public static List<String> items(QuestionDefinition question) {
        return question.content() instanceof OrderingQuestionType.Items items ? items.items() : List.of();
    }

    public static List<String> accepted(QuestionDefinition question) {
        return question.content() instanceof ShortTextQuestionType.Accepted accepted ? accepted.accepted() : List.of();
    }

    public static List<QuestionDefinition> parts(QuestionDefinition question) {
        return TYPES.parts(question);
    }

    /** What is wrong with a hand-built question: it is written in the curriculum format and read back. */
    public static List<String> validate(QuestionDefinition question) {
        List<String> problems = new ArrayList<>();
        QuestionFormat.stored().read(Fields.of(QuestionFormat.stored().write(question), p -> problems.add(p.message())));
        // the stored-format reader skips the course's own checks, so the only problems are the type's
        return problems;
    }

    /** A type's calls, made through the registry as the engine makes them. */
    public static final class Calls {

        public PresentedQuestion present(QuestionDefinition question, Random random) {
            return TYPES.present(question, random);
        }

        public void check(PresentedQuestion shown, Answer answer) {
            TYPES.require(shown.type()).check(shown, answer);
        }

        public Grade grade(QuestionDefinition question, PresentedQuestion shown, Answer answer) {
            return TYPES.grade(question, shown, answer);
        }

        public List<String> validate(QuestionDefinition question) {
            return Questions.validate(question);
        }
    }

    /** The explanation every fixture question gets: distinctive, so a leak is easy to spot. */
    public static String explanation(String id) {
        return "EXPLANATION-of-" + id + ": why the answer is what it is";
    }

    public static Option right(String text) {
        return new Option(text, true, "FEEDBACK-right: " + text + " is correct");
    }

    public static Option wrong(String text) {
        return new Option(text, false, "FEEDBACK-wrong: " + text + " is not correct");
    }

    /** An option with a weight (percent). */
    public static Option weighted(String text, boolean correct, int weight) {
        return new Option(text, correct, "FEEDBACK-" + weight + ": " + text, weight);
    }

    public static Pair pair(String left, String right) {
        return new Pair(left, right);
    }

    public static Random seed(long seed) {
        return new Random(seed);
    }

    /** The id under which a choice with this text was shown. */
    public static String idOf(PresentedQuestion shown, String text) {
        return find(shown.choices(), text, shown);
    }

    /** The id under which a matching target with this text was shown. */
    public static String targetOf(PresentedQuestion shown, String text) {
        return find(shown.targets(), text, shown);
    }

    public static List<String> idsOf(PresentedQuestion shown, String... texts) {
        return Arrays.stream(texts).map(text -> idOf(shown, text)).toList();
    }

    public static List<String> texts(List<Choice> choices) {
        return choices.stream().map(Choice::text).toList();
    }

    private static String find(List<Choice> choices, String text, PresentedQuestion shown) {
        return choices.stream().filter(c -> c.text().equals(text)).map(Choice::id).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' is not shown in " + shown));
    }

    /**
     * The presentation holds nothing that tells right from wrong: no option feedback, no explanation (of
     * the question or any sub-question), and only the record components a view may use.
     */
    public static void assertNoCorrectness(PresentedQuestion shown, QuestionDefinition question) {
        String text = shown.toString();
        allOf(question).forEach(q -> {
            assertThat(text).doesNotContain(q.explanation());
            options(q).forEach(option -> assertThat(text).doesNotContain(option.feedback()));
            assertThat(text).doesNotContainIgnoringCase("answer=");
        });
        assertThat(text).doesNotContainIgnoringCase("correct").doesNotContainIgnoringCase("feedback")
                .doesNotContainIgnoringCase("explanation").doesNotContainIgnoringCase("accepted");
        assertThat(Arrays.stream(PresentedQuestion.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("key", "type", "prompt", "vignette", "points", "choices", "targets", "parts");
        assertThat(Arrays.stream(Choice.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("id", "text", "source");
    }

    private static Stream<QuestionDefinition> allOf(QuestionDefinition question) {
        return Stream.concat(Stream.of(question), parts(question).stream());
    }
}
