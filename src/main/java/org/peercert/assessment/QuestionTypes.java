package org.peercert.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;

/**
 * The registry of question types: every {@link QuestionType} named in a {@code META-INF/services} file on the
 * class path (the built-in ones in main, test-only ones in tests), so adding a type edits no list here. Plain
 * Java so the curriculum validator can run without Spring. The typed calls below hand each type its own content.
 */
public final class QuestionTypes {

    private static final QuestionTypes STANDARD = discover();

    private final Map<String, QuestionType<?>> byName;

    private QuestionTypes(List<QuestionType<?>> types) {
        Map<String, QuestionType<?>> map = new LinkedHashMap<>();
        for (QuestionType<?> type : types) {
            if (map.putIfAbsent(type.name(), type) != null) {
                throw new IllegalStateException("Two question types are named " + type.name());
            }
        }
        this.byName = Map.copyOf(map);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static QuestionTypes discover() {
        List<QuestionType<?>> types = (List) ServiceLoader.load(QuestionType.class, QuestionTypes.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
        return new QuestionTypes(types);
    }

    public static QuestionTypes standard() {
        return STANDARD;
    }

    public Optional<QuestionType<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The type for a name known to be valid (questions are validated when the course is loaded). */
    public QuestionType<?> require(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("Unknown question type " + name));
    }

    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }

    List<QuestionType<?>> all() {
        return List.copyOf(byName.values());
    }

    /**
     * A quiz as an attempt with this seed shows it: every question presented in order from one {@link Random}
     * seeded once, so the same attempt always shows the same order (and reports can read its choice ids back).
     */
    public List<PresentedQuestion> presentAll(List<QuestionDefinition> quiz, long seed) {
        Random random = new Random(seed);
        return quiz.stream().map(q -> present(q, random)).toList();
    }

    public PresentedQuestion present(QuestionDefinition question, Random random) {
        return typed(question).present(question, content(question), random);
    }

    public void check(QuestionDefinition question, PresentedQuestion shown, Answer answer) {
        require(question.type()).check(shown, answer);
    }

    public Grade grade(QuestionDefinition question, PresentedQuestion shown, Answer answer) {
        return typed(question).grade(question, content(question), shown, answer);
    }

    public Answer rightAnswer(QuestionDefinition question, PresentedQuestion shown) {
        return typed(question).rightAnswer(content(question), shown);
    }

    /** The questions graded one by one inside this one (a scenario's parts); none for most types. */
    public List<QuestionDefinition> parts(QuestionDefinition question) {
        return typed(question).parts(content(question));
    }

    /** The question's own fields as plain YAML values, in file order. */
    public Map<String, Object> write(QuestionDefinition question) {
        return typed(question).write(content(question));
    }

    public List<QuestionType.ResponseOption> responseOptions(QuestionDefinition question) {
        return typed(question).responseOptions(content(question));
    }

    public List<Integer> responses(QuestionDefinition question, PresentedQuestion shown, Answer answer) {
        return typed(question).responses(content(question), shown, answer);
    }

    /**
     * The authored options an answer chose, as the item analysis counts them: "0,2", or "" when none or the type has
     * no options. Recorded with each graded item at submit (Moodle's response summary), so a report never re-presents
     * and re-parses thousands of saved answers.
     */
    public String chosenOptions(QuestionDefinition question, PresentedQuestion shown, Answer answer) {
        if (!answer.given() || responseOptions(question).isEmpty()) {
            return "";
        }
        return responses(question, shown, answer).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    /** The content was read by this same type (see {@link QuestionFormat}), so it has the type's content class. */
    @SuppressWarnings("unchecked")
    private <C> QuestionType<C> typed(QuestionDefinition question) {
        return (QuestionType<C>) require(question.type());
    }

    @SuppressWarnings("unchecked")
    private static <C> C content(QuestionDefinition question) {
        return (C) question.content();
    }
}
