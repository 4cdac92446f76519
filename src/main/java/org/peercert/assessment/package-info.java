/**
 * Questions and assessments: question definitions, question types (one class per type, behind
 * {@link org.peercert.assessment.QuestionType}), the question bank, quizzes and the pre/post instrument.
 */
@NullMarked
package org.peercert.assessment;

import org.jspecify.annotations.NullMarked;
