package org.peercert.assessment;

import java.util.List;
import java.util.Random;

/**
 * One kind of question (single choice, matching...): how it is validated, shown and graded. Adding a
 * type means adding one implementation and registering it in {@link QuestionTypes}; the attempt engine
 * never switches on type names.
 */
public interface QuestionType {

    /** The name used in curriculum files, e.g. {@code single}. */
    String name();

    /** What is wrong with this question's type-specific fields; empty when it is valid. */
    List<String> validate(QuestionDefinition question);

    /**
     * How the question is shown in one attempt. Must be deterministic for a given {@code random} state,
     * so a resumed attempt looks the same. Choice ids are {@code <key>-a}, {@code <key>-b}... in shown order.
     */
    PresentedQuestion present(QuestionDefinition question, Random random);

    /**
     * Throws {@link InvalidAnswerException} when the answer refers to choices the presented question
     * does not have or has the wrong shape for this type. An empty answer is always valid.
     */
    void check(PresentedQuestion shown, Answer answer);

    /** Grades a checked answer; an empty answer earns 0. */
    Grade grade(QuestionDefinition question, PresentedQuestion shown, Answer answer);
}
