package org.peercert.assessment.types;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionDefinition.Pair;
import org.peercert.assessment.QuestionType;

/**
 * Match each left item to one right item. The lefts are shown shuffled as choices ({@code <key>-a},
 * {@code <key>-b}...), the rights shuffled separately as targets ({@code <key>-1}, {@code <key>-2}...);
 * the answer maps left ids to target ids, each target used at most once.
 *
 * <p>Partial credit: {@code points × correctly matched lefts / number of pairs}, rounded to 2 decimals;
 * lefts left unmatched count as wrong. The right answer lists every pair as {@code left → right}.
 */
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

    @Override
    public PresentedQuestion present(QuestionDefinition question, Random random) {
        var lefts = Shuffled.lettered(question.id(), question.pairs().stream().map(Pair::left).toList(), random);
        var rights = Shuffled.numbered(question.id(), question.pairs().stream().map(Pair::right).toList(), random);
        return new PresentedQuestion(question.id(), name(), question.prompt(), null, question.points(),
                lefts, rights, List.of());
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        var rules = new AnswerRules(shown, answer)
                .onlyUses("matches")
                .distinct("target", List.copyOf(answer.matches().values()));
        answer.matches().forEach((left, right) -> {
            rules.choice(left);
            rules.target(right);
        });
    }

    @Override
    public Grade grade(QuestionDefinition question, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        int pairs = question.pairs().size();
        Grades.requireShown(question, shown, pairs, pairs);
        long right = answer.matches().entrySet().stream().filter(match -> matches(shown, match)).count();
        List<String> rightPairs = question.pairs().stream().map(pair -> pair.left() + " \u2192 " + pair.right()).toList();
        return Grades.of(question, Grades.share(question.points(), right, pairs), List.of(), rightPairs);
    }

    private static boolean matches(PresentedQuestion shown, Map.Entry<String, String> match) {
        var left = shown.choice(match.getKey());
        var right = shown.target(match.getValue());
        return left != null && right != null && left.source() == right.source();
    }
}
