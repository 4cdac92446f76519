package org.peercert.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Consumer;
import org.peercert.authoring.AuthoringException;
import org.peercert.authoring.ui.DraftTree.ModuleNode;

/**
 * A module's module.yaml: title (renaming the module), summary, objectives and competencies; and adding a
 * lesson or a practice to it. The quiz rules (pass mark, attempts) are on the quiz's form.
 */
final class ModuleForm extends FileForm {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea objectives = new TextArea();
    final MultiSelectComboBox<String> competencies = new MultiSelectComboBox<>();
    final TextField lessonTitle = new TextField();
    final Button addLesson = new Button();
    final Select<String> practiceKind = new Select<>();
    final TextField practiceId = new TextField();
    final Button addPractice = new Button();
    private final ModuleNode module;
    private final Consumer<String> openFile;

    ModuleForm(DraftSession session, ModuleNode module, Consumer<String> openFile) {
        super(session, module.moduleYaml());
        this.module = module;
        this.openFile = openFile;
        title.setLabel(getTranslation("authoring.module.title"));
        title.setId("module-title");
        title.setWidthFull();
        summary.setLabel(getTranslation("authoring.module.summary"));
        summary.setWidthFull();
        objectives.setLabel(getTranslation("authoring.module.objectives"));
        objectives.setHelperText(getTranslation("authoring.onePerLine"));
        objectives.setWidthFull();
        competencies.setLabel(getTranslation("authoring.module.competencies"));
        competencies.setItems(DraftTree.competencyIds(session));
        competencies.setWidthFull();
        lessonTitle.setLabel(getTranslation("authoring.lesson.title"));
        lessonTitle.setId("lesson-new-title");
        addLesson.setText(getTranslation("authoring.lesson.add"));
        addLesson.setId("lesson-add");
        addLesson.addClickListener(click -> addLesson());
        practiceKind.setLabel(getTranslation("authoring.practice.kind"));
        practiceKind.setItems(PracticeTemplates.KINDS);
        practiceKind.setValue(PracticeTemplates.KINDS.getFirst());
        practiceId.setLabel(getTranslation("authoring.practice.id"));
        practiceId.setHelperText(getTranslation("authoring.idHelp"));
        addPractice.setText(getTranslation("authoring.practice.add"));
        addPractice.addClickListener(click -> addPractice());
        var lessonRow = new Div(lessonTitle, addLesson);
        lessonRow.addClassName("pc-form-row");
        var practiceRow = new Div(practiceKind, practiceId, addPractice);
        practiceRow.addClassName("pc-form-row");
        add(new H2(getTranslation("authoring.module.heading", module.title())), title, summary, objectives, competencies, footer(),
                new H3(getTranslation("authoring.lesson.new")), lessonRow,
                new H3(getTranslation("authoring.practice.new")), practiceRow);
        load();
    }

    @Override
    protected void show(String text) {
        Map<String, Object> yaml = DraftYaml.load(text);
        title.setValue(DraftYaml.text(yaml, "title"));
        summary.setValue(DraftYaml.text(yaml, "summary").strip());
        objectives.setValue(String.join("\n", DraftYaml.texts(yaml, "objectives")));
        competencies.setValue(new LinkedHashSet<>(DraftYaml.texts(yaml, "competencies")));
        owns("id", title);
        owns("title", title);
        owns("summary", summary);
        owns("objectives", objectives);
        owns("competencies", competencies);
    }

    @Override
    protected String content() {
        Map<String, Object> yaml = DraftYaml.load(session.text(path));
        yaml.put("title", title.getValue().strip());
        yaml.put("summary", summary.getValue().strip());
        yaml.put("objectives", Arrays.stream(objectives.getValue().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        // in the course's order, not the order they were ticked
        yaml.put("competencies", DraftTree.competencyIds(session).stream().filter(competencies.getValue()::contains).toList());
        return DraftYaml.dump(yaml);
    }

    private void addLesson() {
        String slug = DraftTree.slug(lessonTitle.getValue());
        if (slug.isEmpty()) {
            lessonTitle.setInvalid(true);
            lessonTitle.setErrorMessage(getTranslation("authoring.lesson.titleNeeded"));
            return;
        }
        String file = module.folder() + "/" + DraftTree.nextLessonPrefix(module) + "-" + slug + ".md";
        var lesson = new LessonFile(new java.util.LinkedHashMap<>(Map.of("title", lessonTitle.getValue().strip())), "", 4);
        create(file, lesson.text());
    }

    private void addPractice() {
        String id = practiceId.getValue().strip();
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            practiceId.setInvalid(true);
            practiceId.setErrorMessage(getTranslation("authoring.idInvalid"));
            return;
        }
        create(module.folder() + "/practice-" + id + ".yaml", PracticeTemplates.template(practiceKind.getValue(), id));
    }

    private void create(String file, String text) {
        if (session.file(file).isPresent()) {
            status.setText(getTranslation("authoring.fileExists", file));
            return;
        }
        try {
            session.save(file, text, 0);
            openFile.accept(file);
        } catch (AuthoringException e) {
            status.setText(e.getMessage());
        }
    }
}
