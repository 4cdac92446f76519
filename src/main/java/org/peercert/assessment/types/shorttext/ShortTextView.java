package org.peercert.assessment.types.shorttext;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.types.shorttext.ShortTextQuestionType.Typed;
import org.peercert.assessment.ui.QuestionEditor;
import org.peercert.assessment.ui.QuestionInputs;
import org.peercert.assessment.ui.QuestionTypeView;
import org.peercert.assessment.ui.TextListEditor;

/** A text field, saved as the trainee pauses typing; the editor lists the accepted answers. */
public final class ShortTextView implements QuestionTypeView {

    @Override
    public String type() {
        return "short-text";
    }

    @Override
    public Component input(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        var field = new TextField();
        field.setWidthFull();
        field.setMaxLength(200);
        field.setAriaLabel(q.prompt());
        String text = saved.as(Typed.class).text();
        field.setValue(text == null ? "" : text);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue().isBlank() ? Answer.empty() : Typed.answer(e.getValue()));
            }
        });
        return QuestionInputs.labelled(q, field);
    }

    @Override
    public QuestionEditor editor() {
        return new TextListEditor("accepted", "question.editor.accepted", "question.editor.addAccepted");
    }
}
