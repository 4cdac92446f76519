package org.peercert.assessment.types.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;
import org.peercert.assessment.types.AnswerRules;
import org.peercert.assessment.types.Grades;
import org.peercert.assessment.types.Shuffled;
import org.peercert.assessment.types.TypeRules;
import org.peercert.fields.Fields;

/**
 * Match each left item to one right item. The lefts are shown shuffled as choices ({@code <key>-a},
 * {@code <key>-b}...), the rights shuffled separately as targets ({@code <key>-1}, {@code <key>-2}...);
 * the answer maps left ids to target ids, each target used at most once.
 *
 * <p>Partial credit: {@code points × correctly matched lefts / number of pairs}, rounded to 2 decimals;
 * lefts left unmatched count as wrong. The right answer lists every pair as {@code left → right}.
 */
public final class MatchingQuestionType implements QuestionType<MatchingQuestionType.Pairs> {

    /** The content: the pairs in authored order. */
    public record Pairs(List<Pair> pairs) {
        public Pairs {
            pairs = List.copyOf(pairs);
        }
    }

    public record Pair(String left, String right) {}

    /** The trainee's matches, left choice id to target id; stored as {@code {"matches": {...}}}. */
    public record Matches(Map<String, String> matches) {

        public Matches(@Nullable Map<String, String> matches) {
            this.matches = matches == null ? Map.of() : Map.copyOf(matches);
        }

        public static Answer answer(Map<String, String> leftToRight) {
            return Answer.of(new Matches(leftToRight));
        }
    }

    @Override
    public String name() {
        return "matching";
    }

    @Override
    public Set<String> fields() {
        return Set.of("pairs");
    }

    @Override
    public Pairs read(Fields fields, String id, Parts parts) {
        List<Pair> pairs = new ArrayList<>();
        for (Fields pair : fields.maps("pairs", false)) {
            pair.allowOnly(Set.of("left", "right"));
            pairs.add(new Pair(pair.text("left"), pair.text("right")));
        }
        new TypeRules(fields, name(), id)
                .count("pairs", pairs.size(), 3, 8)
                .unique("left item", pairs.stream().map(Pair::left).toList())
                .unique("right item", pairs.stream().map(Pair::right).toList());
        return new Pairs(pairs);
    }

    @Override
    public Map<String, Object> write(Pairs content) {
        List<Object> pairs = new ArrayList<>();
        for (Pair pair : content.pairs()) {
            Map<String, Object> yaml = new LinkedHashMap<>();
            yaml.put("left", pair.left());
            yaml.put("right", pair.right());
            pairs.add(yaml);
        }
        return Map.of("pairs", pairs);
    }

    @Override
    public PresentedQuestion present(QuestionDefinition question, Pairs content, Random random) {
        var lefts = Shuffled.lettered(question.id(), content.pairs().stream().map(Pair::left).toList(), random);
        var rights = Shuffled.numbered(question.id(), content.pairs().stream().map(Pair::right).toList(), random);
        return new PresentedQuestion(question.id(), name(), question.prompt(), null, question.points(), lefts, rights, List.of());
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        Map<String, String> matches = answer.as(Matches.class).matches();
        var rules = new AnswerRules(shown).onlyUses(answer, "matches").distinct("target", List.copyOf(matches.values()));
        matches.forEach((left, right) -> {
            rules.choice(left);
            rules.target(right);
        });
    }

    @Override
    public Grade grade(QuestionDefinition question, Pairs content, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        int pairs = content.pairs().size();
        Grades.requireShown(question, shown, pairs, pairs);
        long right = answer.as(Matches.class).matches().entrySet().stream().filter(match -> matches(shown, match)).count();
        List<String> rightPairs = content.pairs().stream().map(pair -> pair.left() + " \u2192 " + pair.right()).toList();
        return Grades.of(question, Grades.share(question.points(), right, pairs), List.of(), rightPairs);
    }

    @Override
    public Answer rightAnswer(Pairs content, PresentedQuestion shown) {
        Map<String, String> matches = new HashMap<>();
        shown.choices().forEach(left -> shown.targets().stream().filter(t -> t.source() == left.source())
                .findFirst().ifPresent(t -> matches.put(left.id(), t.id())));
        return Matches.answer(matches);
    }

    private static boolean matches(PresentedQuestion shown, Map.Entry<String, String> match) {
        var left = shown.choice(match.getKey());
        var right = shown.target(match.getValue());
        return left != null && right != null && left.source() == right.source();
    }
}
