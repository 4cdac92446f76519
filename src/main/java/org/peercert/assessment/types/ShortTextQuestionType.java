package org.peercert.assessment.types;

import java.util.List;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;

/** A short typed answer, matched against accepted answers ignoring case and extra spaces. */
public final class ShortTextQuestionType implements QuestionType {

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
}
