package org.peercert.assessment;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a trainee answered to one question, as plain JSON values. Each {@link QuestionType} owns its shape (a
 * record of its package, converted with {@link #of} and {@link #as}); the engine only stores it. Choices are
 * referred to by the ids of the {@link PresentedQuestion}, never by authored position, so nothing about the
 * answer key can be inferred from them.
 */
public record Answer(Map<String, Object> values) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Answer {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // stored answers may hold nulls
    }

    public static Answer empty() {
        return new Answer(Map.of());
    }

    /** A type's answer record as an answer. */
    @SuppressWarnings("unchecked")
    public static Answer of(Object shape) {
        return new Answer(JSON.convertValue(shape, Map.class));
    }

    /** This answer as a type's answer record (fields it does not have are ignored: see {@link #givenFields}). */
    public <T> T as(Class<T> shape) {
        return JSON.convertValue(values, shape);
    }

    @SuppressWarnings("unchecked")
    public static Answer parse(String json) {
        return new Answer(JSON.readValue(json, Map.class));
    }

    /** As stored in the database. */
    public String toJson() {
        return JSON.writeValueAsString(values);
    }

    /**
     * Whether anything was answered: a cleared choice or an empty scenario is saved as an answer but
     * counts as unanswered. (Not named like a getter, so it is not stored with the answer.)
     */
    public boolean given() {
        return !givenFields().isEmpty();
    }

    /** The names of the fields that hold something (answers stored before types owned them hold empty others). */
    public Set<String> givenFields() {
        return values.entrySet().stream().filter(e -> holdsSomething(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean holdsSomething(Object value) {
        return switch (value) {
            case null -> false;
            case String text -> !text.isBlank();
            case Collection<?> list -> list.stream().anyMatch(Answer::holdsSomething);
            case Map<?, ?> map -> map.values().stream().anyMatch(Answer::holdsSomething);
            default -> true;
        };
    }
}
