package org.peercert.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** course.yaml: title, summary, hours, validity, competencies and the completion rule; other keys are kept as they are. */
final class CourseSettingsForm extends FileForm {

    static final String PATH = "course.yaml";

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final BigDecimalField liveHours = new BigDecimalField();
    final BigDecimalField ceHours = new BigDecimalField();
    final IntegerField validityMonths = new IntegerField();
    final IntegerField modulePassMark = new IntegerField();
    final Checkbox postTestRequired = new Checkbox();
    final Checkbox everyLessonRead = new Checkbox();
    final Checkbox everyPostItemAnswered = new Checkbox();
    final IntegerField postTestMinPercent = new IntegerField();
    final Div competencies = new Div();
    final List<CompetencyRow> rows = new ArrayList<>();
    final Button addCompetency = new Button();

    CourseSettingsForm(DraftSession session) {
        super(session, PATH);
        title.setLabel(getTranslation("authoring.course.title"));
        title.setId("course-title");
        title.setWidthFull();
        summary.setLabel(getTranslation("authoring.course.summary"));
        summary.setWidthFull();
        liveHours.setLabel(getTranslation("authoring.course.liveHours"));
        ceHours.setLabel(getTranslation("authoring.course.ceHours"));
        ceHours.setHelperText(getTranslation("authoring.course.ceHoursHelp"));
        validityMonths.setLabel(getTranslation("authoring.course.validity"));
        modulePassMark.setLabel(getTranslation("authoring.course.passMark"));
        postTestRequired.setLabel(getTranslation("authoring.course.postTestRequired"));
        everyLessonRead.setLabel(getTranslation("authoring.course.everyLessonRead"));
        everyPostItemAnswered.setLabel(getTranslation("authoring.course.everyPostItemAnswered"));
        postTestMinPercent.setLabel(getTranslation("authoring.course.postTestMin"));
        competencies.addClassName("pc-competencies");
        addCompetency.setText(getTranslation("authoring.course.addCompetency"));
        addCompetency.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addCompetency.addClickListener(click -> addRow(Map.of()));
        var hours = new Div(liveHours, ceHours, validityMonths);
        hours.addClassName("pc-form-row");
        var completion = new Div(modulePassMark, postTestMinPercent, postTestRequired, everyLessonRead, everyPostItemAnswered);
        completion.addClassName("pc-form-row");
        add(new H2(getTranslation("authoring.nav.course")), title, summary, hours,
                new H3(getTranslation("authoring.course.competencies")), competencies, addCompetency,
                new H3(getTranslation("authoring.course.completion")), completion, footer());
        load();
    }

    @Override
    protected void show(String text) {
        Map<String, Object> course = DraftYaml.load(text);
        title.setValue(DraftYaml.text(course, "title"));
        summary.setValue(DraftYaml.text(course, "summary").strip());
        liveHours.setValue(decimal(course.get("live_hours")));
        ceHours.setValue(decimal(course.get("ce_hours")));
        validityMonths.setValue(integer(course.get("validity_months")));
        Map<String, Object> rule = DraftYaml.map(course, "completion");
        modulePassMark.setValue(integer(rule.get("module_pass_mark")));
        postTestRequired.setValue(!Boolean.FALSE.equals(rule.get("post_test_required")));
        everyLessonRead.setValue(!Boolean.FALSE.equals(rule.get("every_lesson_read")));
        everyPostItemAnswered.setValue(!Boolean.FALSE.equals(rule.get("every_post_item_answered")));
        postTestMinPercent.setValue(integer(rule.get("post_test_min_percent")));
        competencies.removeAll();
        rows.clear();
        DraftYaml.maps(course, "competencies").forEach(this::addRow);
        owns("title", title);
        owns("summary", summary);
        owns("live_hours", liveHours);
        owns("ce_hours", ceHours);
        owns("validity_months", validityMonths);
        owns("completion", modulePassMark);
        owns("completion.module_pass_mark", modulePassMark);
        owns("completion.post_test_min_percent", postTestMinPercent);
    }

    private void addRow(Map<String, Object> competency) {
        var row = new CompetencyRow(competency, rows::remove);
        int index = rows.size();
        rows.add(row);
        competencies.add(row);
        owns("competencies." + index, row.id);
        owns("competencies." + index + ".title", row.title);
        owns("competencies." + index + ".description", row.description);
    }

    @Override
    protected String content() {
        Map<String, Object> course = DraftYaml.load(session.text(path));
        course.put("title", title.getValue().strip());
        course.put("summary", summary.getValue().strip());
        putOrRemove(course, "live_hours", liveHours.getValue());
        putOrRemove(course, "ce_hours", ceHours.getValue());
        putOrRemove(course, "validity_months", validityMonths.getValue());
        course.put("competencies", rows.stream().map(CompetencyRow::value).toList());
        Map<String, Object> rule = DraftYaml.map(course, "completion");
        putOrRemove(rule, "module_pass_mark", modulePassMark.getValue());
        rule.put("post_test_required", postTestRequired.getValue());
        rule.put("every_lesson_read", everyLessonRead.getValue());
        rule.put("every_post_item_answered", everyPostItemAnswered.getValue());
        putOrRemove(rule, "post_test_min_percent", postTestMinPercent.getValue());
        course.put("completion", rule);
        return DraftYaml.dump(course);
    }

    static void putOrRemove(Map<String, Object> map, String key, @Nullable Object value) {
        if (value == null) {
            map.remove(key);
        } else {
            // YAML has no BigDecimal: whole hours are written as integers, others as decimals
            map.put(key, value instanceof BigDecimal d ? (d.stripTrailingZeros().scale() <= 0 ? (Object) d.intValue() : d.doubleValue()) : value);
        }
    }

    static @Nullable BigDecimal decimal(@Nullable Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    static @Nullable Integer integer(@Nullable Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    /** One competency: id, title, description, and a remove button. */
    static final class CompetencyRow extends Div {
        final TextField id = new TextField();
        final TextField title = new TextField();
        final TextField description = new TextField();

        CompetencyRow(Map<String, Object> competency, java.util.function.Consumer<CompetencyRow> onRemove) {
            addClassNames("pc-form-row", "pc-competency");
            id.setLabel(getTranslation("authoring.competency.id"));
            id.setValue(DraftYaml.text(competency, "id"));
            title.setLabel(getTranslation("authoring.competency.title"));
            title.setValue(DraftYaml.text(competency, "title"));
            description.setLabel(getTranslation("authoring.competency.description"));
            description.setValue(DraftYaml.text(competency, "description"));
            description.setWidthFull();
            var remove = new Button(getTranslation("authoring.remove"), click -> {
                onRemove.accept(this);
                removeFromParent();
            });
            remove.setAriaLabel(getTranslation("authoring.competency.remove", id.getValue()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(id, title, description, remove);
        }

        Map<String, Object> value() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", id.getValue().strip());
            map.put("title", title.getValue().strip());
            map.put("description", description.getValue().strip());
            return map;
        }
    }
}
