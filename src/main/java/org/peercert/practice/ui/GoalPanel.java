package org.peercert.practice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.peercert.practice.PracticeSession;
import org.peercert.practice.PracticeStep;
import org.peercert.practice.kinds.SmartGoal;

/**
 * The SMART goal builder: one field per letter plus a first step, each saved as it is typed, with a
 * live checklist of what can be checked automatically. Achievable and relevant go to a trainer.
 */
class GoalPanel extends Div {

    private final PracticeActions actions;
    private final Map<String, String> form;
    private final UnorderedList checklist = new UnorderedList();

    GoalPanel(PracticeSession session, PracticeActions actions) {
        var c = (SmartGoal.Case) session.practice().content();
        this.actions = actions;
        this.form = new HashMap<>(session.steps().stream().collect(Collectors.toMap(PracticeStep::key, s -> s.value("value"), (a, b) -> b)));
        addClassName("pc-goal");
        add(PracticeView.situation(c.situation()), new H2(getTranslation("practice.goal.write", c.person())));
        for (String key : SmartGoal.FORM) {
            var field = new TextArea(getTranslation("practice.goal.field." + key));
            field.setHelperText(getTranslation("practice.goal.help." + key));
            field.setId("goal-" + key);
            field.setWidthFull();
            field.setMaxLength(500);
            field.setValue(form.getOrDefault(key, ""));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> save(key, e.getValue()));
            add(field);
        }
        checklist.setId("goal-checklist");
        checklist.addClassName("pc-checklist");
        var box = new Div(new H2(getTranslation("practice.goal.checklist")), checklist);
        box.addClassName("pc-checklist-box");
        add(box, PracticeView.finishButton(getTranslation("practice.finishGoal"), actions));
        updateChecklist();
    }

    private void save(String key, String value) {
        if (actions.save(new PracticeStep(key, Map.of("value", value)))) {
            form.put(key, value);
            updateChecklist();
        }
    }

    private void updateChecklist() {
        checklist.removeAll();
        for (SmartGoal.Check check : SmartGoal.checklist(form)) {
            var item = new ListItem(new Span(check.passed() ? "✓" : "○"),
                    new Span(getTranslation("practice.dimension." + check.dimension()) + ": " + getTranslation("practice.goal.check." + check.dimension())));
            item.addClassName(check.passed() ? "pc-check-ok" : "pc-check-open");
            item.setId("check-" + check.dimension());
            checklist.add(item);
        }
        for (String reviewed : SmartGoal.REVIEWED) {
            var item = new ListItem(new Span("•"), new Span(getTranslation("practice.dimension." + reviewed) + ": "
                    + getTranslation("practice.goal.byTrainer")));
            item.addClassName("pc-check-trainer");
            checklist.add(item);
        }
    }
}
