package org.peercert.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: the fully correct answer to a shown question, worked out from its definition the way a
 * trainee who knows the material would answer. Lives in tests only: production code never builds answers.
 */
public final class AnswerKey {

    private AnswerKey() {}

    public static Answer correct(QuestionDefinition q, PresentedQuestion shown) {
        return switch (q.type()) {
            case "single", "multiple" -> Answer.choices(shown.choices().stream()
                    .filter(c -> q.options().get(c.source()).correct()).map(PresentedQuestion.Choice::id).toList());
            case "true-false" -> Answer.truth(Boolean.TRUE.equals(q.answer()));
            case "ordering" -> Answer.order(shown.choices().stream()
                    .sorted(java.util.Comparator.comparingInt(PresentedQuestion.Choice::source)).map(PresentedQuestion.Choice::id).toList());
            case "matching" -> {
                Map<String, String> matches = new HashMap<>();
                shown.choices().forEach(left -> shown.targets().stream().filter(t -> t.source() == left.source())
                        .findFirst().ifPresent(t -> matches.put(left.id(), t.id())));
                yield Answer.matches(matches);
            }
            case "short-text" -> Answer.text("  " + q.accepted().getFirst().toUpperCase() + " ");
            case "scenario" -> {
                Map<String, Answer> parts = new HashMap<>();
                for (int i = 0; i < q.parts().size(); i++) {
                    parts.put(q.parts().get(i).id(), correct(q.parts().get(i), shown.parts().get(i)));
                }
                yield Answer.parts(parts);
            }
            default -> throw new IllegalArgumentException(q.type());
        };
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

    /** An answer that earns less than full marks: wrong choices, the other truth value, a reversed order... */
    public static Answer wrong(QuestionDefinition q, PresentedQuestion shown) {
        return switch (q.type()) {
            case "single", "multiple" -> Answer.choices(shown.choices().stream()
                    .filter(c -> !q.options().get(c.source()).correct()).map(PresentedQuestion.Choice::id).limit(1).toList());
            case "true-false" -> Answer.truth(!Boolean.TRUE.equals(q.answer()));
            case "ordering" -> Answer.order(shown.choices().stream()
                    .sorted(java.util.Comparator.comparingInt(PresentedQuestion.Choice::source).reversed()).map(PresentedQuestion.Choice::id).toList());
            case "matching" -> {
                Map<String, String> matches = new HashMap<>();
                var targets = shown.targets();
                shown.choices().forEach(left -> targets.stream().filter(t -> t.source() != left.source())
                        .findFirst().ifPresent(t -> matches.put(left.id(), t.id())));
                yield Answer.matches(matches);
            }
            case "short-text" -> Answer.text("not the answer");
            case "scenario" -> {
                Map<String, Answer> parts = new HashMap<>();
                for (int i = 0; i < q.parts().size(); i++) {
                    parts.put(q.parts().get(i).id(), wrong(q.parts().get(i), shown.parts().get(i)));
                }
                yield Answer.parts(parts);
            }
            default -> throw new IllegalArgumentException(q.type());
        };
    }

    @FunctionalInterface
    public interface AnswerSink {
        void save(String questionKey, Answer answer);
    }
}
