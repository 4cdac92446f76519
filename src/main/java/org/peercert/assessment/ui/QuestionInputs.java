package org.peercert.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;

/** The input for a shown question, as its type's {@link QuestionTypeView} builds it. */
public final class QuestionInputs {

    private QuestionInputs() {}

    public static Component create(PresentedQuestion question, Answer saved, Consumer<Answer> onChange) {
        return QuestionTypeViews.require(question.type()).input(question, saved, onChange);
    }

    /** An input under the question's prompt, as every type but the scenario shows it. */
    public static Component labelled(PresentedQuestion q, Component input) {
        var box = new Div();
        box.addClassName("pc-question");
        var prompt = new Paragraph(q.prompt());
        prompt.addClassName("pc-prompt");
        box.add(prompt, input);
        return box;
    }
}
