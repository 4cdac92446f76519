package org.peercert.practice.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.peercert.practice.PracticeSession;
import org.peercert.practice.PracticeStep;
import org.peercert.practice.kinds.EmaSchedule;
import org.peercert.practice.kinds.EmaSchedule.Action;

/**
 * The check-in schedule designer: every field is saved as it changes, and the day preview (an SVG drawn
 * on the server) follows. Concern actions show their text only; which one is right is scored at the end.
 */
class EmaPanel extends Div {

    private final EmaSchedule.Case c;
    private final PracticeActions actions;
    private final Map<String, String> form;
    private final Div preview = new Div();
    private final CheckboxGroup<String> bank = new CheckboxGroup<>();
    private final TextArea own = new TextArea();

    EmaPanel(PracticeSession session, PracticeActions actions) {
        this.c = (EmaSchedule.Case) session.practice().content();
        this.actions = actions;
        this.form = new HashMap<>(EmaSchedule.form(session.steps()));
        addClassName("pc-ema");
        add(PracticeView.situation(c.situation()));

        var prompts = number("prompts", 1, 24);
        var from = time("from");
        var to = time("to");
        var spacing = number("spacing", 0, 720);
        spacing.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("practice.ema.minutes")));
        preview.setId("ema-timeline");
        preview.addClassName("pc-timeline-box");
        add(new H2(getTranslation("practice.ema.when")), form(prompts, from, to, spacing), preview);

        bank.setLabel(getTranslation("practice.ema.field.items"));
        bank.setItems(c.itemBank());
        bank.setId("ema-items");
        own.setLabel(getTranslation("practice.ema.own"));
        own.setId("ema-own");
        own.setWidthFull();
        own.setValueChangeMode(ValueChangeMode.LAZY);
        List<String> saved = lines(form.getOrDefault("items", ""));
        bank.setValue(new LinkedHashSet<>(saved.stream().filter(c.itemBank()::contains).toList()));
        own.setValue(String.join("\n", saved.stream().filter(i -> !c.itemBank().contains(i)).toList()));
        bank.addValueChangeListener(e -> saveItems());
        own.addValueChangeListener(e -> saveItems());

        var scale = new Select<String>();
        scale.setLabel(getTranslation("practice.ema.field.scale"));
        scale.setItems(EmaSchedule.SCALES);
        scale.setItemLabelGenerator(s -> getTranslation("practice.ema.scale." + s));
        bind(scale, "scale", s -> s, s -> s);
        var days = number("days", 1, 90);
        add(new H2(getTranslation("practice.ema.what")), form(bank, own, scale, days));

        var concern = new RadioButtonGroup<String>(getTranslation("practice.ema.field.concern"));
        concern.setItems(c.concernActions().stream().map(Action::id).toList());
        concern.setItemLabelGenerator(id -> c.concernActions().stream().filter(a -> a.id().equals(id)).map(Action::text).findFirst().orElse(id));
        concern.addClassName("pc-stacked");
        bind(concern, "concern", s -> s, s -> s);
        var consent = new TextArea(getTranslation("practice.ema.field.consent"));
        consent.setWidthFull();
        consent.setValueChangeMode(ValueChangeMode.LAZY);
        consent.setHelperText(getTranslation("practice.ema.consentHelp"));
        bind(consent, "consent", s -> s, s -> s);
        add(new H2(getTranslation("practice.ema.care")), form(concern, consent),
                PracticeView.finishButton(getTranslation("practice.finishDesign"), actions));
        updatePreview();
    }

    private static Div form(com.vaadin.flow.component.Component... fields) {
        var form = new Div(fields);
        form.addClassName("pc-form");
        return form;
    }

    private IntegerField number(String key, int min, int max) {
        var field = new IntegerField(getTranslation("practice.ema.field." + key));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        bind(field, key, v -> v == null ? "" : v.toString(), s -> s.isEmpty() ? null : parse(s));
        return field;
    }

    private TimePicker time(String key) {
        var field = TimeFormat.picker(getTranslation("practice.ema.field." + key));
        field.setStep(Duration.ofMinutes(15));
        bind(field, key, v -> v == null ? "" : v.toString(), s -> s.isEmpty() ? null : LocalTime.parse(s));
        return field;
    }

    /** Shows the saved value and autosaves every change under {@code key}. */
    private <V, C extends AbstractField<C, V>> void bind(HasValue<?, V> field, String key, Function<V, String> write,
            Function<String, V> read) {
        ((com.vaadin.flow.component.Component) field).setId("ema-" + key);
        String saved = form.getOrDefault(key, "");
        if (!saved.isEmpty()) {
            field.setValue(read.apply(saved));
        }
        field.addValueChangeListener(e -> save(key, write.apply(e.getValue())));
    }

    private void saveItems() {
        List<String> items = new ArrayList<>(c.itemBank().stream().filter(bank.getValue()::contains).toList());
        items.addAll(lines(own.getValue()));
        save("items", String.join("\n", items));
    }

    private void save(String key, String value) {
        if (actions.save(new PracticeStep(key, Map.of("value", value)))) {
            form.put(key, value);
            updatePreview();
        }
    }

    private void updatePreview() {
        preview.removeAll();
        var design = EmaSchedule.Design.of(form);
        preview.add(DayTimeline.of(c, design, getTranslation("practice.ema.timeline"), getTranslation("practice.ema.sleep")));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer parse(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
