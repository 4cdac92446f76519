package org.peercert.assessment.types.choice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;
import org.peercert.assessment.types.AnswerRules;
import org.peercert.assessment.types.Grades;
import org.peercert.assessment.types.Shuffled;
import org.peercert.assessment.types.TypeRules;
import org.peercert.assessment.types.choice.Choices.Option;
import org.peercert.fields.Fields;

/**
 * Single choice (exactly one correct option) and multiple choice (one or more correct options). Options
 * are shown shuffled; the answer lists the ticked choice ids (at most one for single choice).
 *
 * <p>Scoring:
 * <ul>
 *   <li>single: full points if the ticked option is the correct one, else 0. With weights: the ticked option's
 *       weight, as a percent of the points (at least 0). Feedback is the ticked option's feedback.</li>
 *   <li>multiple, partial credit: with {@code share = points / number of correct options}, each ticked
 *       correct option earns a share and each ticked wrong option removes one; the total is clamped to
 *       {@code [0, points]} and rounded to 2 decimals. Ticking every option therefore earns
 *       {@code (correct - wrong) shares}, at least 0; ticking nothing earns 0. With weights (Moodle's fraction
 *       rule): the sum of the ticked options' weights, clamped to [0, 100] %, of the points. Feedback is the
 *       feedback of each ticked option, in shown order.</li>
 * </ul>
 * The right answer is the text of each correct option, in authored order.
 */
public abstract sealed class ChoiceQuestionType implements QuestionType<Choices>
        permits ChoiceQuestionType.Single, ChoiceQuestionType.Multiple {

    private static final int MAX_WEIGHT = 100;

    private final String name;
    private final int minOptions;
    private final boolean exactlyOneCorrect;

    ChoiceQuestionType(String name, int minOptions, boolean exactlyOneCorrect) {
        this.name = name;
        this.minOptions = minOptions;
        this.exactlyOneCorrect = exactlyOneCorrect;
    }

    public static ChoiceQuestionType single() {
        return new Single();
    }

    public static ChoiceQuestionType multiple() {
        return new Multiple();
    }

    /** Single choice, as registered (ServiceLoader needs a class with a public no-argument constructor). */
    public static final class Single extends ChoiceQuestionType {
        public Single() {
            super("single", 2, true);
        }
    }

    /** Multiple choice, as registered. */
    public static final class Multiple extends ChoiceQuestionType {
        public Multiple() {
            super("multiple", 3, false);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> fields() {
        return Set.of("options");
    }

    @Override
    public Choices read(Fields fields, String id, Parts parts) {
        List<Option> options = new ArrayList<>();
        for (Fields option : fields.maps("options", false)) {
            option.allowOnly(Set.of("text", "correct", "feedback", "weight"));
            Integer weight = option.has("weight") ? option.integer("weight", -MAX_WEIGHT, MAX_WEIGHT, null) : null;
            options.add(new Option(option.text("text"), option.bool("correct", false), option.text("feedback"), weight));
        }
        var content = new Choices(options);
        long correct = options.stream().filter(Option::correct).count();
        var rules = new TypeRules(fields, name, id)
                .count("options", options.size(), minOptions, 8)
                .unique("option", options.stream().map(Option::text).toList())
                .check(correct > 0, "no option is marked correct")
                .check(!exactlyOneCorrect || correct <= 1,
                        "a single-choice question must have exactly one correct option, found " + correct);
        for (int i = 0; i < options.size(); i++) {
            rules.check(!options.get(i).feedback().isBlank(), "option " + (i + 1) + " has no feedback");
        }
        if (content.weighted()) {
            List<Integer> weights = options.stream().map(ChoiceQuestionType::weight).toList();
            rules.check(!exactlyOneCorrect || weights.contains(MAX_WEIGHT), "one option's weight must be 100")
                    .check(exactlyOneCorrect || weights.stream().filter(w -> w > 0).mapToInt(w -> w).sum() == MAX_WEIGHT,
                            "the positive weights must add up to 100");
        }
        return content;
    }

    @Override
    public Map<String, Object> write(Choices content) {
        List<Object> options = new ArrayList<>();
        for (Option option : content.options()) {
            Map<String, Object> yaml = new LinkedHashMap<>();
            yaml.put("text", option.text());
            yaml.put("correct", option.correct());
            yaml.put("feedback", option.feedback());
            if (option.weight() != null) {
                yaml.put("weight", option.weight());
            }
            options.add(yaml);
        }
        return Map.of("options", options);
    }

    @Override
    public PresentedQuestion present(QuestionDefinition question, Choices content, Random random) {
        var texts = content.options().stream().map(Option::text).toList();
        return new PresentedQuestion(question.id(), name, question.prompt(), null, question.points(),
                Shuffled.lettered(question.id(), texts, random), List.of(), List.of());
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        List<String> choices = Ticked.of(answer).choices();
        var rules = new AnswerRules(shown).onlyUses(answer, "choices").distinct("choice", choices);
        choices.forEach(rules::choice);
        rules.check(!exactlyOneCorrect || choices.size() <= 1, "a single-choice question takes one choice, got " + choices.size());
    }

    @Override
    public Grade grade(QuestionDefinition question, Choices content, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        List<Option> options = content.options();
        Grades.requireShown(question, shown, options.size(), 0);
        List<String> choices = Ticked.of(answer).choices();
        List<Option> ticked = shown.choices().stream()
                .filter(choice -> choices.contains(choice.id()))
                .map(choice -> options.get(choice.source()))
                .toList();
        List<String> feedback = ticked.stream().map(Option::feedback).toList();
        List<String> rightAnswer = options.stream().filter(Option::correct).map(Option::text).toList();
        if (content.weighted()) {
            int percent = Math.clamp(ticked.stream().mapToInt(ChoiceQuestionType::weight).sum(), 0, MAX_WEIGHT);
            return Grades.of(question, question.points() * percent / 100.0, feedback, rightAnswer);
        }
        long right = ticked.stream().filter(Option::correct).count();
        long wrong = ticked.size() - right;
        if (exactlyOneCorrect) {
            return Grades.of(question, right == 1 ? question.points() : 0, feedback, rightAnswer);
        }
        return Grades.of(question, Grades.share(question.points(), right - wrong, rightAnswer.size()), feedback, rightAnswer);
    }

    @Override
    public Answer rightAnswer(Choices content, PresentedQuestion shown) {
        return Ticked.answer(shown.choices().stream()
                .filter(c -> content.weighted() && !exactlyOneCorrect ? weight(content.options().get(c.source())) > 0
                        : content.options().get(c.source()).correct())
                .map(PresentedQuestion.Choice::id).toList());
    }

    @Override
    public List<ResponseOption> responseOptions(Choices content) {
        return content.options().stream().map(o -> new ResponseOption(o.text(), o.correct())).toList();
    }

    @Override
    public List<Integer> responses(Choices content, PresentedQuestion shown, Answer answer) {
        List<String> choices = Ticked.of(answer).choices();
        return IntStream.range(0, shown.choices().size()).filter(i -> choices.contains(shown.choices().get(i).id()))
                .mapToObj(i -> shown.choices().get(i).source()).toList();
    }

    /** An option without a weight (when others have one) counts 0. */
    private static int weight(Option option) {
        return option.weight() == null ? 0 : option.weight();
    }
}
