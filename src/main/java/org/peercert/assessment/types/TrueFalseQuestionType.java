package org.peercert.assessment.types;

import java.util.List;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;

/** A statement the trainee marks true or false. */
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
}
