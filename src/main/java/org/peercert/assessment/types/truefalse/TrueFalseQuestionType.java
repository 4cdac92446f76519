package org.peercert.assessment.types.truefalse;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;
import org.peercert.assessment.types.AnswerRules;
import org.peercert.assessment.types.Grades;
import org.peercert.fields.Fields;

/**
 * A statement the trainee marks true or false ({@code answer: true}). Shown without choices; the answer is a
 * {@link Verdict}. Full points when it equals the authored answer, 0 otherwise or when unanswered.
 */
public final class TrueFalseQuestionType implements QuestionType<TrueFalseQuestionType.Statement> {

    /** The content: whether the statement is true. */
    public record Statement(boolean answer) {}

    /** The trainee's verdict; stored as {@code {"truth": true}}. */
    public record Verdict(@Nullable Boolean truth) {

        public static Answer answer(boolean truth) {
            return Answer.of(new Verdict(truth));
        }
    }

    @Override
    public String name() {
        return "true-false";
    }

    @Override
    public Set<String> fields() {
        return Set.of("answer");
    }

    @Override
    public Statement read(Fields fields, String id, Parts parts) {
        Boolean answer = fields.optionalBool("answer");
        if (answer == null && !fields.has("answer")) {
            fields.problem("type", "question '%s': a true-false question needs 'answer: true' or 'answer: false'".formatted(id));
        }
        return new Statement(Boolean.TRUE.equals(answer));
    }

    @Override
    public Map<String, Object> write(Statement content) {
        return Map.of("answer", content.answer());
    }

    @Override
    public PresentedQuestion present(QuestionDefinition question, Statement content, Random random) {
        return PresentedQuestion.withoutChoices(question);
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        new AnswerRules(shown).onlyUses(answer, "truth");
    }

    @Override
    public Grade grade(QuestionDefinition question, Statement content, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        Grades.requireShown(question, shown, 0, 0);
        Boolean truth = answer.as(Verdict.class).truth();
        boolean right = truth != null && truth == content.answer();
        return Grades.of(question, right ? question.points() : 0, List.of(), List.of(String.valueOf(content.answer())));
    }

    @Override
    public Answer rightAnswer(Statement content, PresentedQuestion shown) {
        return Verdict.answer(content.answer());
    }

    /** Counted as two options, "true" then "false" (the report words them). */
    @Override
    public List<ResponseOption> responseOptions(Statement content) {
        return List.of(new ResponseOption("true", content.answer()), new ResponseOption("false", !content.answer()));
    }

    @Override
    public List<Integer> responses(Statement content, PresentedQuestion shown, Answer answer) {
        Boolean truth = answer.as(Verdict.class).truth();
        return truth == null ? List.of() : List.of(truth ? 0 : 1);
    }
}
