package org.peercert.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: the fully correct answer to a shown question (its type's own {@link QuestionType#rightAnswer}), and
 * a wrong one made from it without knowing any type: ticked ids swapped for unticked ones (or reversed), verdicts
 * negated, texts replaced (numbers moved far off), matches rotated, a scenario's parts each made wrong. Checked by grading it.
 */
public final class AnswerKey {

    private static final QuestionTypes TYPES = QuestionTypes.standard();

    private AnswerKey() {}

    public static Answer correct(QuestionDefinition q, PresentedQuestion shown) {
        return TYPES.rightAnswer(q, shown);
    }

    /** Answers every question of a sheet correctly (or only the first {@code howMany}). */
    public static void answerAll(AttemptSheet sheet, List<QuestionDefinition> quiz, int howMany, AnswerSink sink) {
        for (int i = 0; i < Math.min(howMany, quiz.size()); i++) {
            sink.save(quiz.get(i).id(), correct(quiz.get(i), sheet.questions().get(i)));
        }
    }

    /**
     * Answers every question of a sheet: the first {@code correctCount} correctly, the rest with a wrong answer
     * (nothing left blank, as the completion rule asks of a final check).
     */
    public static void answerEvery(AttemptSheet sheet, List<QuestionDefinition> quiz, int correctCount, AnswerSink sink) {
        for (int i = 0; i < quiz.size(); i++) {
            QuestionDefinition q = quiz.get(i);
            sink.save(q.id(), i < correctCount ? correct(q, sheet.questions().get(i)) : wrong(q, sheet.questions().get(i)));
        }
    }

    /** An answer that is given but earns less than full marks. */
    public static Answer wrong(QuestionDefinition q, PresentedQuestion shown) {
        @SuppressWarnings("unchecked")
        Answer wrong = new Answer((Map<String, Object>) perturb(correct(q, shown).values(), shown));
        Grade grade = TYPES.grade(q, shown, wrong);
        if (grade.fullyCorrect() || !wrong.given()) {
            throw new IllegalStateException("no wrong answer found for " + q.id() + ": " + wrong);
        }
        return wrong;
    }

    private static Object perturb(Object value, PresentedQuestion shown) {
        return switch (value) {
            case Boolean b -> !b;
            case Number n -> n.doubleValue() + 1000;
            case String text when text.matches("-?\\d+(\\.\\d+)?") -> new java.math.BigDecimal(text).add(java.math.BigDecimal.valueOf(1000)).toPlainString();
            case String text -> "not the answer";
            case List<?> list -> otherChoices(list, shown);
            case Map<?, ?> map when map.size() > 1 && map.values().stream().allMatch(v -> v instanceof String) -> rotated(map);
            case Map<?, ?> map -> {
                Map<String, Object> result = new LinkedHashMap<>();
                map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : perturb(v, part(shown, String.valueOf(k)))));
                yield result;
            }
            default -> value;
        };
    }

    private static List<?> otherChoices(List<?> ticked, PresentedQuestion shown) {
        List<String> others = shown.choices().stream().map(PresentedQuestion.Choice::id).filter(id -> !ticked.contains(id)).limit(1).toList();
        if (!others.isEmpty()) {
            return others;
        }
        List<Object> reversed = new ArrayList<>(ticked);
        Collections.reverse(reversed);
        return reversed;
    }

    private static Map<String, Object> rotated(Map<?, ?> map) {
        List<Object> values = new ArrayList<>(map.values());
        Collections.rotate(values, 1);
        Map<String, Object> result = new LinkedHashMap<>();
        int i = 0;
        for (Object key : map.keySet()) {
            result.put(String.valueOf(key), values.get(i++));
        }
        return result;
    }

    private static PresentedQuestion part(PresentedQuestion shown, String key) {
        return shown.parts().stream().filter(p -> p.key().equals(key)).findFirst().orElse(shown);
    }

    @FunctionalInterface
    public interface AnswerSink {
        void save(String questionKey, Answer answer);
    }
}
