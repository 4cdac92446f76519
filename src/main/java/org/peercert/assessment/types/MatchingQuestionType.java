package org.peercert.assessment.types;

import java.util.List;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionDefinition.Pair;
import org.peercert.assessment.QuestionType;

/** Match each left item to one right item; the rights are shown shuffled. */
public final class MatchingQuestionType implements QuestionType {

    @Override
    public String name() {
        return "matching";
    }

    @Override
    public List<String> validate(QuestionDefinition question) {
        return new TypeRules(question)
                .onlyUses("pairs")
                .count("pairs", question.pairs().size(), 3, 8)
                .unique("left item", question.pairs().stream().map(Pair::left).toList())
                .unique("right item", question.pairs().stream().map(Pair::right).toList())
                .problems();
    }
}
