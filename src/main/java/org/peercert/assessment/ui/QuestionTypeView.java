package org.peercert.assessment.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;

/**
 * The Vaadin side of one question type, next to the type in its package and registered by the type's name in
 * {@code META-INF/services/org.peercert.assessment.ui.QuestionTypeView}: the trainee's input and the trainer's
 * editor. Views know a question only as presented, which holds no correctness.
 */
public interface QuestionTypeView {

    /** The {@link org.peercert.assessment.QuestionType#name() name} of the type this view belongs to. */
    String type();

    /**
     * The input for a shown question, pre-filled with the saved answer; every change made by the trainee is handed
     * to {@code onChange} so it can be saved at once.
     */
    Component input(PresentedQuestion question, Answer saved, Consumer<Answer> onChange);

    /** A new editor for the type's own fields. */
    QuestionEditor editor();

    /** A line of the right answer as the trainee reads it after submit (a type may word its own values). */
    default String rightAnswerLine(Component view, String line) {
        return line;
    }
}
