package org.peercert.assessment;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.peercert.fields.Fields;

/**
 * One kind of question (single choice, matching...), a whole plug-in after Moodle's question types: it reads and
 * validates its own fields, writes them back, presents, checks and grades its own content and answers. The common
 * fields (id, type, competency, prompt, points, explanation) are read by {@link QuestionFormat} into the
 * {@link QuestionDefinition}; everything else is the type's. Types are found with {@link java.util.ServiceLoader}
 * (see {@link QuestionTypes}), so adding one changes no engine, reader or view class; its Vaadin input and editor
 * sit next to it ({@code org.peercert.assessment.ui.QuestionTypeView}).
 *
 * @param <C> the type's own validated content
 */
public interface QuestionType<C> {

    /** The name used in curriculum files, e.g. {@code single}. */
    String name();

    /** The type's own fields, besides {@link QuestionFormat#COMMON_FIELDS}. */
    Set<String> fields();

    /**
     * Reads and validates the type's fields. Problems go to {@code fields} (with their line, for a file); never
     * throws. {@code id} names the question in messages; {@code parts} reads sub-questions (a scenario's).
     */
    C read(Fields fields, String id, Parts parts);

    /** The type's fields as plain YAML values (String, Integer, Boolean, List, Map) in file order: what {@link #read} reads. */
    Map<String, Object> write(C content);

    /**
     * How the question is shown in one attempt. Must be deterministic for a given {@code random} state,
     * so a resumed attempt looks the same. Choice ids are {@code <key>-a}, {@code <key>-b}... in shown order.
     */
    PresentedQuestion present(QuestionDefinition question, C content, Random random);

    /**
     * Throws {@link InvalidAnswerException} when the answer refers to choices the presented question
     * does not have or has the wrong shape for this type. An empty answer is always valid.
     */
    void check(PresentedQuestion shown, Answer answer);

    /** Grades a checked answer; an empty answer earns 0. */
    Grade grade(QuestionDefinition question, C content, PresentedQuestion shown, Answer answer);

    /** An answer that earns full marks (Moodle's correct response): for an author's preview and for tests. */
    Answer rightAnswer(C content, PresentedQuestion shown);

    /** The questions inside this one, graded one by one (a scenario's parts); none by default. */
    default List<QuestionDefinition> parts(C content) {
        return List.of();
    }

    /** The options a response distribution counts (item analysis); none for a type without fixed options. */
    default List<ResponseOption> responseOptions(C content) {
        return List.of();
    }

    /** The indexes into {@link #responseOptions} that this answer picks. */
    default List<Integer> responses(C content, PresentedQuestion shown, Answer answer) {
        return List.of();
    }

    /** Reads sub-questions: their common fields, then their own type's. */
    @FunctionalInterface
    interface Parts {
        List<QuestionDefinition> read(List<Fields> parts);
    }

    /** An option as item analysis counts it: its text and whether choosing it is right. */
    record ResponseOption(String text, boolean correct) {}
}
