package org.peercert.assessment.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;
import org.peercert.assessment.QuestionTypes;

/**
 * A vignette followed by linked sub-questions; each sub-question is validated, shown, checked and
 * graded by its own type. The answer maps sub-question ids to their answers (unanswered parts earn 0).
 * Points are the sum of the sub-questions' points, not the scenario's own {@code points}.
 */
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

    /** Sub-questions are presented in authored order, each from the same {@code random} in turn. */
    @Override
    public PresentedQuestion present(QuestionDefinition question, Random random) {
        List<PresentedQuestion> parts = new ArrayList<>();
        for (QuestionDefinition part : question.parts()) {
            parts.add(typeOf(part.type()).present(part, random));
        }
        int points = parts.stream().mapToInt(PresentedQuestion::points).sum();
        return new PresentedQuestion(question.id(), name(), question.prompt(), question.vignette(), points,
                List.of(), List.of(), parts);
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        var rules = new AnswerRules(shown, answer).onlyUses("parts");
        answer.parts().forEach((key, partAnswer) -> {
            PresentedQuestion part = shown.parts().stream().filter(p -> p.key().equals(key)).findFirst()
                    .orElseThrow(() -> rules.invalid("part '%s' is not one of its sub-questions".formatted(key)));
            typeOf(part.type()).check(part, partAnswer);
        });
    }

    @Override
    public Grade grade(QuestionDefinition question, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        if (!shown.key().equals(question.id()) || shown.parts().size() != question.parts().size()) {
            throw new IllegalArgumentException("scenario '%s' was not presented as '%s'".formatted(question.id(), shown.key()));
        }
        List<Grade> parts = new ArrayList<>();
        for (int i = 0; i < question.parts().size(); i++) {
            QuestionDefinition part = question.parts().get(i);
            parts.add(typeOf(part.type()).grade(part, shown.parts().get(i), answer.parts().getOrDefault(part.id(), Answer.empty())));
        }
        double earned = parts.stream().mapToDouble(Grade::earned).sum();
        double possible = parts.stream().mapToDouble(Grade::possible).sum();
        return new Grade(question.id(), Grade.round(earned), possible, List.of(), question.explanation(), List.of(), parts);
    }

    private static QuestionType typeOf(String type) {
        return QuestionTypes.standard().find(type)
                .orElseThrow(() -> new IllegalArgumentException("unknown question type '" + type + "'"));
    }
}
