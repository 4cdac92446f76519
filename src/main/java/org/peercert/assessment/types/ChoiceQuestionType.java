package org.peercert.assessment.types;

import java.util.List;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionDefinition.Option;
import org.peercert.assessment.QuestionType;

/**
 * Single choice (exactly one correct option) and multiple choice (one or more correct options, partial
 * credit: each correct tick earns a share, each wrong tick removes one, never below zero).
 */
public final class ChoiceQuestionType implements QuestionType {

    private final String name;
    private final int minOptions;
    private final boolean exactlyOneCorrect;

    private ChoiceQuestionType(String name, int minOptions, boolean exactlyOneCorrect) {
        this.name = name;
        this.minOptions = minOptions;
        this.exactlyOneCorrect = exactlyOneCorrect;
    }

    public static ChoiceQuestionType single() {
        return new ChoiceQuestionType("single", 2, true);
    }

    public static ChoiceQuestionType multiple() {
        return new ChoiceQuestionType("multiple", 3, false);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> validate(QuestionDefinition question) {
        List<Option> options = question.options();
        long correct = options.stream().filter(Option::correct).count();
        var rules = new TypeRules(question)
                .onlyUses("options")
                .count("options", options.size(), minOptions, 8)
                .unique("option", options.stream().map(Option::text).toList())
                .check(correct > 0, "no option is marked correct")
                .check(!exactlyOneCorrect || correct <= 1, "a single-choice question must have exactly one correct option, found " + correct);
        for (int i = 0; i < options.size(); i++) {
            rules.check(!options.get(i).feedback().isBlank(), "option " + (i + 1) + " has no feedback");
        }
        return rules.problems();
    }
}
