package org.peercert.assessment.types;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;

/**
 * A short typed answer ({@link Answer#text()}), matched against the accepted answers after
 * {@link #normalise normalising} both sides: full points on a match, 0 otherwise or when blank. The right
 * answer shown after submit is the first accepted one.
 */
public final class ShortTextQuestionType implements QuestionType {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.!?]+$");

    @Override
    public String name() {
        return "short-text";
    }

    @Override
    public List<String> validate(QuestionDefinition question) {
        return new TypeRules(question)
                .onlyUses("accepted")
                .count("accepted answers", question.accepted().size(), 1, 20)
                .check(question.accepted().stream().noneMatch(String::isBlank), "an accepted answer is empty")
                .problems();
    }

    @Override
    public PresentedQuestion present(QuestionDefinition question, Random random) {
        return PresentedQuestion.withoutChoices(question);
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        new AnswerRules(shown, answer).onlyUses("text");
    }

    @Override
    public Grade grade(QuestionDefinition question, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        Grades.requireShown(question, shown, 0, 0);
        String typed = normalise(answer.text());
        boolean right = !typed.isEmpty() && question.accepted().stream().map(ShortTextQuestionType::normalise).anyMatch(typed::equals);
        return Grades.of(question, right ? question.points() : 0, List.of(), List.of(question.accepted().getFirst()));
    }

    /**
     * Whitespace (including non-breaking spaces) collapsed to one space and stripped, lower case
     * ({@link Locale#ROOT}), Unicode NFC, trailing {@code . ! ?} dropped; {@code null} gives "".
     */
    static String normalise(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String spaced = SPACES.matcher(text).replaceAll(" ").strip();
        String lower = Normalizer.normalize(spaced.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        return TRAILING_PUNCTUATION.matcher(lower).replaceAll("").strip();
    }
}
