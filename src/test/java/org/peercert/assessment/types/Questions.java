package org.peercert.assessment.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionDefinition.Option;
import org.peercert.assessment.QuestionDefinition.Pair;

/** Small hand-built questions for the question-type tests. */
public final class Questions {

    private Questions() {}

    public static QuestionDefinition single(String id, int points, Option... options) {
        return question(id, "single", points, List.of(options), null, List.of(), List.of(), List.of(), null, List.of());
    }

    public static QuestionDefinition multiple(String id, int points, Option... options) {
        return question(id, "multiple", points, List.of(options), null, List.of(), List.of(), List.of(), null, List.of());
    }

    public static QuestionDefinition trueFalse(String id, int points, boolean answer) {
        return question(id, "true-false", points, List.of(), answer, List.of(), List.of(), List.of(), null, List.of());
    }

    public static QuestionDefinition matching(String id, int points, Pair... pairs) {
        return question(id, "matching", points, List.of(), null, List.of(pairs), List.of(), List.of(), null, List.of());
    }

    public static QuestionDefinition ordering(String id, int points, String... items) {
        return question(id, "ordering", points, List.of(), null, List.of(), List.of(items), List.of(), null, List.of());
    }

    public static QuestionDefinition shortText(String id, int points, String... accepted) {
        return question(id, "short-text", points, List.of(), null, List.of(), List.of(), List.of(accepted), null, List.of());
    }

    /** The scenario's own points (1) are deliberately not the sum of its parts'. */
    public static QuestionDefinition scenario(String id, String vignette, QuestionDefinition... parts) {
        return question(id, "scenario", 1, List.of(), null, List.of(), List.of(), List.of(), vignette, List.of(parts));
    }

    private static QuestionDefinition question(String id, String type, int points, List<Option> options, Boolean answer,
            List<Pair> pairs, List<String> items, List<String> accepted, String vignette, List<QuestionDefinition> parts) {
        return new QuestionDefinition(id, type, "rights", "Prompt of " + id, points, explanation(id), options, answer,
                pairs, items, accepted, vignette, parts);
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
            q.options().forEach(option -> assertThat(text).doesNotContain(option.feedback()));
            if (q.answer() != null) {
                assertThat(text).doesNotContainIgnoringCase("answer=");
            }
        });
        assertThat(text).doesNotContainIgnoringCase("correct").doesNotContainIgnoringCase("feedback")
                .doesNotContainIgnoringCase("explanation").doesNotContainIgnoringCase("accepted");
        assertThat(Arrays.stream(PresentedQuestion.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("key", "type", "prompt", "vignette", "points", "choices", "targets", "parts");
        assertThat(Arrays.stream(Choice.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("id", "text", "source");
    }

    private static Stream<QuestionDefinition> allOf(QuestionDefinition question) {
        return Stream.concat(Stream.of(question), question.parts().stream());
    }
}
