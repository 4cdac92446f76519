package org.peercert.assessment.types.ordering;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;
import org.peercert.assessment.types.ordering.OrderingQuestionType.Order;
import org.peercert.assessment.ui.QuestionEditor;
import org.peercert.assessment.ui.QuestionInputs;
import org.peercert.assessment.ui.QuestionTypeView;
import org.peercert.assessment.ui.TextListEditor;

/** The items as a list with up and down buttons; the editor lists the items in the right order. */
public final class OrderingView implements QuestionTypeView {

    @Override
    public String type() {
        return "ordering";
    }

    @Override
    public Component input(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        List<String> savedOrder = saved.as(Order.class).order();
        List<Choice> order = new ArrayList<>(q.choices());
        if (!savedOrder.isEmpty()) {
            order.clear();
            savedOrder.forEach(id -> order.add(q.choice(id)));
        }
        var list = new Div();
        list.addClassName("pc-ordering");
        list.getElement().setAttribute("role", "list");
        // the shown order is a valid answer too, but only once the trainee says so: untouched is unanswered
        var keep = new Button(list.getTranslation("quiz.keepOrder"));
        keep.setId("keep-order-" + q.key());
        keep.addClassName("pc-keep-order");
        keep.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        keep.setVisible(savedOrder.isEmpty());
        Consumer<Answer> save = answer -> {
            keep.setVisible(false);
            onChange.accept(answer);
        };
        keep.addClickListener(click -> save.accept(Order.answer(order.stream().map(Choice::id).toList())));
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            list.removeAll();
            for (int i = 0; i < order.size(); i++) {
                int index = i;
                var up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(order, index, -1, redraw[0], save));
                up.setAriaLabel(list.getTranslation("quiz.moveUp", order.get(i).text()));
                up.setEnabled(i > 0);
                var down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(order, index, 1, redraw[0], save));
                down.setAriaLabel(list.getTranslation("quiz.moveDown", order.get(i).text()));
                down.setEnabled(i < order.size() - 1);
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                var text = new Span((i + 1) + ". " + order.get(i).text());
                var row = new HorizontalLayout(text, up, down);
                row.addClassName("pc-order-row");
                row.getElement().setAttribute("role", "listitem");
                row.setFlexGrow(1, text);
                row.setAlignItems(HorizontalLayout.Alignment.CENTER);
                list.add(row);
            }
        };
        redraw[0].run();
        return QuestionInputs.labelled(q, new Div(list, keep));
    }

    private static void move(List<Choice> order, int index, int by, Runnable redraw, Consumer<Answer> onChange) {
        Collections.swap(order, index, index + by);
        redraw.run();
        onChange.accept(Order.answer(order.stream().map(Choice::id).toList()));
    }

    @Override
    public QuestionEditor editor() {
        return new TextListEditor("items", "question.editor.item", "question.editor.addItem");
    }
}
