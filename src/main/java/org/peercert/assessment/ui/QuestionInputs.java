package org.peercert.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;

/**
 * Builds the input for a shown question, pre-filled with the saved answer; every change is handed to
 * {@code onChange} so it can be saved at once. One builder per question type, registered by name.
 */
public final class QuestionInputs {

    @FunctionalInterface
    interface Builder {
        Component build(PresentedQuestion question, Answer saved, Consumer<Answer> onChange);
    }

    private static final Map<String, Builder> BUILDERS = Map.of(
            "single", QuestionInputs::single,
            "multiple", QuestionInputs::multiple,
            "true-false", QuestionInputs::trueFalse,
            "matching", QuestionInputs::matching,
            "ordering", QuestionInputs::ordering,
            "short-text", QuestionInputs::shortText,
            "scenario", QuestionInputs::scenario);

    private QuestionInputs() {}

    public static Component create(PresentedQuestion question, Answer saved, Consumer<Answer> onChange) {
        Builder builder = BUILDERS.get(question.type());
        if (builder == null) {
            throw new IllegalStateException("No input for question type " + question.type());
        }
        return builder.build(question, saved, onChange);
    }

    private static Component single(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        var group = new RadioButtonGroup<Choice>();
        group.setItems(q.choices());
        group.setItemLabelGenerator(Choice::text);
        group.addClassName("pc-choices");
        q.choices().stream().filter(c -> saved.choices().contains(c.id())).findFirst().ifPresent(group::setValue);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue() == null ? Answer.empty() : Answer.choices(List.of(e.getValue().id())));
            }
        });
        return labelled(q, group);
    }

    private static Component multiple(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        var group = new CheckboxGroup<Choice>();
        group.setItems(q.choices());
        group.setItemLabelGenerator(Choice::text);
        group.addClassName("pc-choices");
        group.setHelperText(group.getTranslation("quiz.selectAll"));
        group.setValue(new java.util.LinkedHashSet<>(q.choices().stream().filter(c -> saved.choices().contains(c.id())).toList()));
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(Answer.choices(q.choices().stream().filter(e.getValue()::contains).map(Choice::id).toList()));
            }
        });
        return labelled(q, group);
    }

    private static Component trueFalse(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        var group = new RadioButtonGroup<Boolean>();
        group.setItems(true, false);
        group.setItemLabelGenerator(b -> group.getTranslation(b ? "quiz.true" : "quiz.false"));
        if (saved.truth() != null) {
            group.setValue(saved.truth());
        }
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue() == null ? Answer.empty() : Answer.truth(e.getValue()));
            }
        });
        return labelled(q, group);
    }

    private static Component matching(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        Map<String, String> current = new HashMap<>(saved.matches());
        Map<String, Select<Choice>> selects = new LinkedHashMap<>();
        var rows = new Div();
        rows.addClassName("pc-matching");
        for (Choice left : q.choices()) {
            var select = new Select<Choice>();
            select.setLabel(left.text());
            select.setItems(q.targets());
            select.setItemLabelGenerator(c -> c == null ? "" : c.text()); // null: the empty selection
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(select.getTranslation("quiz.choose"));
            select.setWidthFull();
            select.addClassName("pc-match");
            var chosen = q.target(current.getOrDefault(left.id(), ""));
            if (chosen != null) {
                select.setValue(chosen);
            }
            select.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                current.remove(left.id());
                if (e.getValue() != null) {
                    // each right item matches one left item: take it away from where it was chosen before
                    String target = e.getValue().id();
                    current.entrySet().removeIf(match -> {
                        boolean taken = match.getValue().equals(target);
                        if (taken) {
                            selects.get(match.getKey()).clear();
                        }
                        return taken;
                    });
                    current.put(left.id(), target);
                }
                onChange.accept(Answer.matches(current));
            });
            selects.put(left.id(), select);
            rows.add(select);
        }
        return labelled(q, rows);
    }

    private static Component ordering(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        List<Choice> order = new ArrayList<>(q.choices());
        if (!saved.order().isEmpty()) {
            order.clear();
            saved.order().forEach(id -> order.add(q.choice(id)));
        }
        var list = new Div();
        list.addClassName("pc-ordering");
        list.getElement().setAttribute("role", "list");
        // the shown order is a valid answer too, but only once the trainee says so: untouched is unanswered
        var keep = new Button(list.getTranslation("quiz.keepOrder"));
        keep.setId("keep-order-" + q.key());
        keep.addClassName("pc-keep-order");
        keep.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        keep.setVisible(saved.order().isEmpty());
        Consumer<Answer> save = answer -> {
            keep.setVisible(false);
            onChange.accept(answer);
        };
        keep.addClickListener(click -> save.accept(Answer.order(order.stream().map(Choice::id).toList())));
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
        return labelled(q, new Div(list, keep));
    }

    private static void move(List<Choice> order, int index, int by, Runnable redraw, Consumer<Answer> onChange) {
        java.util.Collections.swap(order, index, index + by);
        redraw.run();
        onChange.accept(Answer.order(order.stream().map(Choice::id).toList()));
    }

    private static Component shortText(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        var field = new TextField();
        field.setWidthFull();
        field.setMaxLength(200);
        field.setAriaLabel(q.prompt());
        field.setValue(saved.text() == null ? "" : saved.text());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue().isBlank() ? Answer.empty() : Answer.text(e.getValue()));
            }
        });
        return labelled(q, field);
    }

    private static Component scenario(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        Map<String, Answer> parts = new LinkedHashMap<>(saved.parts());
        var box = new Div();
        box.addClassName("pc-scenario");
        var vignette = new Paragraph(q.vignette() == null ? "" : q.vignette());
        vignette.addClassName("pc-vignette");
        box.add(new Paragraph(q.prompt()), vignette);
        for (PresentedQuestion part : q.parts()) {
            box.add(create(part, parts.getOrDefault(part.key(), Answer.empty()), answer -> {
                parts.put(part.key(), answer);
                onChange.accept(Answer.parts(parts));
            }));
        }
        return box;
    }

    private static Component labelled(PresentedQuestion q, Component input) {
        var box = new Div();
        box.addClassName("pc-question");
        var prompt = new Paragraph(q.prompt());
        prompt.addClassName("pc-prompt");
        box.add(prompt, input);
        return box;
    }
}
