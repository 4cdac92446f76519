package org.peercert.assessment.types;

import java.util.List;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;

/** Put items in order; authored in the correct order, shown shuffled. */
public final class OrderingQuestionType implements QuestionType {

    @Override
    public String name() {
        return "ordering";
    }

    @Override
    public List<String> validate(QuestionDefinition question) {
        return new TypeRules(question)
                .onlyUses("items")
                .count("items", question.items().size(), 3, 8)
                .unique("item", question.items())
                .problems();
    }
}
