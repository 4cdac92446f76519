package org.peercert.assessment.types.truefalse;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import java.util.function.Consumer;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.types.truefalse.TrueFalseQuestionType.Verdict;
import org.peercert.assessment.ui.QuestionEditor;
import org.peercert.assessment.ui.QuestionInputs;
import org.peercert.assessment.ui.QuestionTypeView;

/** True or false as two radio buttons; the editor picks which one the statement is. */
public final class TrueFalseView implements QuestionTypeView {

    @Override
    public String type() {
        return "true-false";
    }

    @Override
    public Component input(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        var group = new RadioButtonGroup<Boolean>();
        group.setItems(true, false);
        group.setItemLabelGenerator(b -> group.getTranslation(b ? "quiz.true" : "quiz.false"));
        Boolean truth = saved.as(Verdict.class).truth();
        if (truth != null) {
            group.setValue(truth);
        }
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue() == null ? Answer.empty() : Verdict.answer(e.getValue()));
            }
        });
        return QuestionInputs.labelled(q, group);
    }

    /** The type gives "true"/"false", worded here in the trainee's language. */
    @Override
    public String rightAnswerLine(Component view, String line) {
        return view.getTranslation("quiz." + line);
    }

    @Override
    public QuestionEditor editor() {
        return new QuestionEditor() {
            private final RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>();

            {
                answer.setItems(true, false);
                answer.setItemLabelGenerator(b -> answer.getTranslation(b ? "question.editor.answerTrue" : "question.editor.answerFalse"));
                answer.addClassName("pc-true-false-editor");
            }

            @Override
            public Component component() {
                return answer;
            }

            @Override
            public void setFields(Map<String, Object> fields) {
                Object value = fields.get("answer");
                answer.setValue(value == null ? null : Boolean.valueOf(String.valueOf(value)));
            }

            @Override
            public Map<String, Object> fields() {
                return answer.getValue() == null ? Map.of() : Map.of("answer", answer.getValue());
            }
        };
    }
}
