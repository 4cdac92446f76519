package org.peercert.authoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peercert.authoring.DraftProblem;

/**
 * A practice file: the simple shared fields as a form; the kind's own structure (turns, limits, checklist...)
 * as YAML text, checked by the curriculum validator on every save. Its problems show on the YAML field with
 * their line.
 */
final class PracticeForm extends FileForm {

    private static final Set<String> FORM_KEYS = Set.of("id", "kind", "title", "summary", "counts", "person", "situation");

    final TextField id = new TextField();
    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final Select<String> counts = new Select<>();
    final TextField person = new TextField();
    final TextArea situation = new TextArea();
    final TextArea rest = new TextArea();
    private String kind = "";

    final com.vaadin.flow.component.button.Button delete = new com.vaadin.flow.component.button.Button();

    PracticeForm(DraftSession session, String path, Runnable onDeleted) {
        super(session, path);
        delete.setText(getTranslation("authoring.practice.delete"));
        delete.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR, com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> deleteFile(onDeleted));
        id.setLabel(getTranslation("authoring.practice.id"));
        title.setLabel(getTranslation("authoring.practice.title"));
        title.setWidthFull();
        summary.setLabel(getTranslation("authoring.practice.summary"));
        summary.setWidthFull();
        counts.setLabel(getTranslation("authoring.practice.counts"));
        counts.setItems("first", "best");
        counts.setItemLabelGenerator(c -> getTranslation("authoring.practice.counts." + c));
        person.setLabel(getTranslation("authoring.practice.person"));
        situation.setLabel(getTranslation("authoring.practice.situation"));
        situation.setWidthFull();
        rest.setLabel(getTranslation("authoring.practice.rest"));
        rest.setHelperText(getTranslation("authoring.practice.restHelp"));
        rest.setId("practice-yaml");
        rest.addClassName("pc-yaml");
        rest.setWidthFull();
        var row = new Div(id, counts, person);
        row.addClassName("pc-form-row");
        add(new H2(getTranslation("authoring.practice.heading", DraftTree.name(path))), title, summary, row, situation, rest, footer(), delete);
        load();
    }

    @Override
    protected void show(String text) {
        Map<String, Object> yaml = DraftYaml.load(text);
        kind = DraftYaml.text(yaml, "kind");
        id.setValue(DraftYaml.text(yaml, "id"));
        title.setValue(DraftYaml.text(yaml, "title"));
        summary.setValue(DraftYaml.text(yaml, "summary").strip());
        counts.setValue(yaml.containsKey("counts") ? DraftYaml.text(yaml, "counts") : "first");
        person.setValue(DraftYaml.text(yaml, "person"));
        situation.setValue(DraftYaml.text(yaml, "situation").strip());
        Map<String, Object> others = new LinkedHashMap<>(yaml);
        FORM_KEYS.forEach(others::remove);
        rest.setValue(others.isEmpty() ? "" : DraftYaml.dump(others));
        owns("id", id);
        owns("title", title);
        owns("summary", summary);
        owns("counts", counts);
        owns("person", person);
        owns("situation", situation);
        owns("kind", rest);
    }

    /** A problem outside the form's fields is the YAML's: shown on it with the file line. */
    @Override
    protected @Nullable HasValidation ownerOf(List<Object> yamlPath, DraftProblem problem) {
        HasValidation field = super.ownerOf(yamlPath, problem);
        return field != null ? field : rest;
    }

    @Override
    protected String content() {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", id.getValue().strip());
        yaml.put("kind", kind);
        yaml.put("title", title.getValue().strip());
        yaml.put("summary", summary.getValue().strip());
        yaml.put("counts", counts.getValue());
        yaml.put("person", person.getValue().strip());
        yaml.put("situation", situation.getValue().strip());
        Map<String, Object> others;
        try {
            others = DraftYaml.load(rest.getValue());
        } catch (IllegalArgumentException e) {
            rest.setInvalid(true);
            rest.setErrorMessage(e.getMessage());
            throw e;
        }
        others.forEach((key, value) -> {
            if (!FORM_KEYS.contains(key)) {
                yaml.put(key, value);
            }
        });
        return DraftYaml.dump(yaml);
    }
}
