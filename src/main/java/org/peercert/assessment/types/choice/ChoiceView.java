package org.peercert.assessment.types.choice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;
import org.peercert.assessment.ui.QuestionEditor;
import org.peercert.assessment.ui.QuestionInputs;
import org.peercert.assessment.ui.QuestionTypeView;

/** Single choice as radio buttons, multiple choice as check boxes; both edited by {@link ChoiceEditor}. */
public abstract sealed class ChoiceView implements QuestionTypeView permits ChoiceView.Single, ChoiceView.Multiple {

    public static final class Single extends ChoiceView {
        @Override
        public String type() {
            return "single";
        }

        @Override
        public Component input(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
            List<String> ticked = Ticked.of(saved).choices();
            var group = new RadioButtonGroup<Choice>();
            group.setItems(q.choices());
            group.setItemLabelGenerator(Choice::text);
            group.addClassName("pc-choices");
            q.choices().stream().filter(c -> ticked.contains(c.id())).findFirst().ifPresent(group::setValue);
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.accept(e.getValue() == null ? Answer.empty() : Ticked.answer(List.of(e.getValue().id())));
                }
            });
            return QuestionInputs.labelled(q, group);
        }
    }

    public static final class Multiple extends ChoiceView {
        @Override
        public String type() {
            return "multiple";
        }

        @Override
        public Component input(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
            List<String> ticked = Ticked.of(saved).choices();
            var group = new CheckboxGroup<Choice>();
            group.setItems(q.choices());
            group.setItemLabelGenerator(Choice::text);
            group.addClassName("pc-choices");
            group.setHelperText(group.getTranslation("quiz.selectAll"));
            group.setValue(new LinkedHashSet<>(q.choices().stream().filter(c -> ticked.contains(c.id())).toList()));
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.accept(Ticked.answer(q.choices().stream().filter(e.getValue()::contains).map(Choice::id).toList()));
                }
            });
            return QuestionInputs.labelled(q, group);
        }
    }

    @Override
    public QuestionEditor editor() {
        return new ChoiceEditor();
    }
}
