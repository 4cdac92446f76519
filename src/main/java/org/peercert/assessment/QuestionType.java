package org.peercert.assessment;

import java.util.List;

/**
 * One kind of question (single choice, matching...). Adding a type means adding one implementation and
 * registering it in {@link QuestionTypes}; nothing else switches on type names.
 */
public interface QuestionType {

    /** The name used in curriculum files, e.g. {@code single}. */
    String name();

    /** What is wrong with this question's type-specific fields; empty when it is valid. */
    List<String> validate(QuestionDefinition question);
}
