package org.peercert.assessment.types;

import java.util.List;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;

/** A vignette followed by linked sub-questions; each sub-question is validated by its own type. */
public final class ScenarioQuestionType implements QuestionType {

    @Override
    public String name() {
        return "scenario";
    }

    @Override
    public List<String> validate(QuestionDefinition question) {
        return new TypeRules(question)
                .onlyUses("vignette", "questions")
                .check(question.vignette() != null && !question.vignette().isBlank(), "a scenario needs a 'vignette'")
                .count("sub-questions", question.parts().size(), 2, 5)
                .check(question.parts().stream().noneMatch(p -> p.type().equals(name())), "a scenario cannot contain another scenario")
                .problems();
    }
}
