package org.peercert.assessment.types;

import java.util.List;
import java.util.Random;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionDefinition.Option;
import org.peercert.assessment.QuestionType;

/**
 * Single choice (exactly one correct option) and multiple choice (one or more correct options). Options
 * are shown shuffled; the answer lists the ticked choice ids (at most one for single choice).
 *
 * <p>Scoring:
 * <ul>
 *   <li>single: full points if the ticked option is the correct one, else 0. Feedback is the ticked
 *       option's feedback.</li>
 *   <li>multiple, partial credit: with {@code share = points / number of correct options}, each ticked
 *       correct option earns a share and each ticked wrong option removes one; the total is clamped to
 *       {@code [0, points]} and rounded to 2 decimals. Ticking every option therefore earns
 *       {@code (correct - wrong) shares}, at least 0; ticking nothing earns 0. Feedback is the feedback of
 *       each ticked option, in shown order.</li>
 * </ul>
 * The right answer is the text of each correct option, in authored order.
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

    @Override
    public PresentedQuestion present(QuestionDefinition question, Random random) {
        var texts = question.options().stream().map(Option::text).toList();
        return new PresentedQuestion(question.id(), name, question.prompt(), null, question.points(),
                Shuffled.lettered(question.id(), texts, random), List.of(), List.of());
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        var rules = new AnswerRules(shown, answer)
                .onlyUses("choices")
                .distinct("choice", answer.choices());
        answer.choices().forEach(rules::choice);
        rules.check(!exactlyOneCorrect || answer.choices().size() <= 1,
                "a single-choice question takes one choice, got " + answer.choices().size());
    }

    @Override
    public Grade grade(QuestionDefinition question, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        List<Option> options = question.options();
        Grades.requireShown(question, shown, options.size(), 0);
        List<Option> ticked = shown.choices().stream()
                .filter(choice -> answer.choices().contains(choice.id()))
                .map(choice -> options.get(choice.source()))
                .toList();
        List<String> feedback = ticked.stream().map(Option::feedback).toList();
        List<String> rightAnswer = options.stream().filter(Option::correct).map(Option::text).toList();
        long right = ticked.stream().filter(Option::correct).count();
        long wrong = ticked.size() - right;
        if (exactlyOneCorrect) {
            return Grades.of(question, right == 1 ? question.points() : 0, feedback, rightAnswer);
        }
        return Grades.of(question, Grades.share(question.points(), right - wrong, rightAnswer.size()), feedback, rightAnswer);
    }
}
