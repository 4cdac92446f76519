package org.peercert.assessment.types.shorttext;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;
import org.peercert.assessment.types.AnswerRules;
import org.peercert.assessment.types.Grades;
import org.peercert.assessment.types.TypeRules;
import org.peercert.fields.Fields;

/**
 * A short typed answer ({@link Typed}), matched against the accepted answers after {@link #normalise normalising}
 * both sides: full points on a match, 0 otherwise or when blank. The right answer shown after submit is the
 * first accepted one.
 */
public final class ShortTextQuestionType implements QuestionType<ShortTextQuestionType.Accepted> {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.!?]+$");

    /** The content: the accepted answers, the first one shown as the right answer. */
    public record Accepted(List<String> accepted) {
        public Accepted {
            accepted = List.copyOf(accepted);
        }
    }

    /** What the trainee typed; stored as {@code {"text": "..."}}. */
    public record Typed(@Nullable String text) {

        public static Answer answer(String text) {
            return Answer.of(new Typed(text));
        }
    }

    @Override
    public String name() {
        return "short-text";
    }

    @Override
    public Set<String> fields() {
        return Set.of("accepted");
    }

    @Override
    public Accepted read(Fields fields, String id, Parts parts) {
        List<String> accepted = fields.textList("accepted", false);
        new TypeRules(fields, name(), id).count("accepted answers", accepted.size(), 1, 20);
        return new Accepted(accepted);
    }

    @Override
    public Map<String, Object> write(Accepted content) {
        return Map.of("accepted", content.accepted());
    }

    @Override
    public PresentedQuestion present(QuestionDefinition question, Accepted content, Random random) {
        return PresentedQuestion.withoutChoices(question);
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        new AnswerRules(shown).onlyUses(answer, "text");
    }

    @Override
    public Grade grade(QuestionDefinition question, Accepted content, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        Grades.requireShown(question, shown, 0, 0);
        String typed = normalise(answer.as(Typed.class).text());
        boolean right = !typed.isEmpty() && content.accepted().stream().map(ShortTextQuestionType::normalise).anyMatch(typed::equals);
        return Grades.of(question, right ? question.points() : 0, List.of(),
                content.accepted().isEmpty() ? List.of() : List.of(content.accepted().getFirst()));
    }

    @Override
    public Answer rightAnswer(Accepted content, PresentedQuestion shown) {
        return Typed.answer(content.accepted().getFirst());
    }

    /**
     * Whitespace (including non-breaking spaces) collapsed to one space and stripped, lower case
     * ({@link Locale#ROOT}), Unicode NFC, trailing {@code . ! ?} dropped; {@code null} gives "".
     */
    public static String normalise(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String spaced = SPACES.matcher(text).replaceAll(" ").strip();
        String lower = Normalizer.normalize(spaced.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        return TRAILING_PUNCTUATION.matcher(lower).replaceAll("").strip();
    }
}
