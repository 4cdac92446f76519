package org.peercert.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peercert.assessment.types.ChoiceQuestionType;
import org.peercert.assessment.types.MatchingQuestionType;
import org.peercert.assessment.types.OrderingQuestionType;
import org.peercert.assessment.types.ScenarioQuestionType;
import org.peercert.assessment.types.ShortTextQuestionType;
import org.peercert.assessment.types.TrueFalseQuestionType;

/** The registry of question types. Plain Java so the curriculum validator can run without Spring. */
public final class QuestionTypes {

    private static final QuestionTypes STANDARD = new QuestionTypes(List.of(
            ChoiceQuestionType.single(),
            ChoiceQuestionType.multiple(),
            new TrueFalseQuestionType(),
            new MatchingQuestionType(),
            new OrderingQuestionType(),
            new ShortTextQuestionType(),
            new ScenarioQuestionType()));

    private final Map<String, QuestionType> byName;

    private QuestionTypes(List<QuestionType> types) {
        this.byName = types.stream().collect(Collectors.toUnmodifiableMap(QuestionType::name, Function.identity()));
    }

    public static QuestionTypes standard() {
        return STANDARD;
    }

    public Optional<QuestionType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The type for a name known to be valid (questions are validated when the course is loaded). */
    public QuestionType require(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("Unknown question type " + name));
    }

    /**
     * A quiz as an attempt with this seed shows it: every question presented in order from one {@link Random}
     * seeded once, so the same attempt always shows the same order (and reports can read its choice ids back).
     */
    public List<PresentedQuestion> presentAll(List<QuestionDefinition> quiz, long seed) {
        Random random = new Random(seed);
        return quiz.stream().map(q -> require(q.type()).present(q, random)).toList();
    }

    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }
}
