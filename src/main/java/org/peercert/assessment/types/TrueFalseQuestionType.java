package org.peercert.assessment.types;

import java.util.List;
import java.util.Random;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;

/**
 * A statement the trainee marks true or false. Shown without choices; the answer is {@link Answer#truth()}.
 * Full points when it equals the authored answer, 0 otherwise or when unanswered.
 */
public final class TrueFalseQuestionType implements QuestionType {

    @Override
    public String name() {
        return "true-false";
    }

    @Override
    public List<String> validate(QuestionDefinition question) {
        return new TypeRules(question)
                .onlyUses("answer")
                .check(question.answer() != null, "a true-false question needs 'answer: true' or 'answer: false'")
                .problems();
    }

    @Override
    public PresentedQuestion present(QuestionDefinition question, Random random) {
        return PresentedQuestion.withoutChoices(question);
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        new AnswerRules(shown, answer).onlyUses("truth");
    }

    @Override
    public Grade grade(QuestionDefinition question, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        Grades.requireShown(question, shown, 0, 0);
        boolean right = answer.truth() != null && answer.truth().equals(question.answer());
        return Grades.of(question, right ? question.points() : 0, List.of(), List.of(String.valueOf(question.answer())));
    }
}
