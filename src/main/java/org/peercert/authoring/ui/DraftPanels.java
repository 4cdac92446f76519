package org.peercert.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.peercert.authoring.DraftDiff;
import org.peercert.authoring.DraftProblem;
import org.peercert.curriculum.format.CurriculumReadResult;
import org.peercert.curriculum.format.Definitions;

/** The editor's read-only panels: all problems, the diff against the version the draft came from, previews. */
final class DraftPanels {

    private DraftPanels() {}

    /** Every problem with file:line; choosing one opens the form that owns its file. */
    static Component problems(DraftSession session, Consumer<String> openFile) {
        var panel = new Div();
        panel.add(new H2(panel.getTranslation("authoring.nav.problems", session.problems().size())));
        if (session.problems().isEmpty()) {
            panel.add(new Paragraph(panel.getTranslation("authoring.problems.none")));
            return panel;
        }
        var grid = new Grid<DraftProblem>();
        grid.setId("problems-grid");
        grid.addColumn(p -> p.path() + ":" + p.line()).setHeader(panel.getTranslation("authoring.problems.where")).setAutoWidth(true);
        grid.addColumn(DraftProblem::message).setHeader(panel.getTranslation("authoring.problems.message")).setFlexGrow(1);
        grid.setItems(session.problems());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> openFile.accept(click.getItem().path()));
        panel.add(grid);
        return panel;
    }

    static Component diff(DraftSession session) {
        DraftDiff diff = session.drafts().diff(session.actor(), session.draftId());
        var panel = new Div();
        String base = session.summary().basedOnVersion();
        panel.add(new H2(panel.getTranslation("authoring.nav.diff")), new Paragraph(base == null
                ? panel.getTranslation("authoring.diff.newCourse") : panel.getTranslation("authoring.diff.against", base)));
        panel.add(new H3(panel.getTranslation("authoring.diff.files")), changes("diff-files", diff.files(), panel));
        panel.add(new H3(panel.getTranslation("authoring.diff.questions")), changes("diff-questions", diff.questions(), panel));
        return panel;
    }

    private static Component changes(String id, java.util.List<DraftDiff.Change> changes, Div panel) {
        if (changes.isEmpty()) {
            return new Paragraph(panel.getTranslation("authoring.diff.none"));
        }
        var grid = new Grid<DraftDiff.Change>();
        grid.setId(id);
        grid.addColumn(c -> panel.getTranslation("authoring.diff." + c.kind().name())).setHeader(panel.getTranslation("authoring.diff.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DraftDiff.Change::name).setHeader(panel.getTranslation("authoring.diff.name")).setFlexGrow(1);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /**
     * Lessons, quizzes and practices as trainees see them, from the draft as the curriculum reader reads it:
     * a draft it cannot read yet (problems) previews its lessons in their editors only.
     */
    static Component previews(DraftSession session, Consumer<Component> show) {
        var panel = new Div();
        panel.add(new H2(panel.getTranslation("authoring.nav.preview")));
        CurriculumReadResult read = session.drafts().read(session.actor(), session.draftId());
        Definitions.Course course = read.course();
        if (course == null) {
            panel.add(new Paragraph(panel.getTranslation("authoring.preview.invalid", read.problems().size())));
            return panel;
        }
        for (Definitions.Module module : course.modules()) {
            var links = new Div();
            links.addClassName("pc-preview-links");
            for (Definitions.Lesson lesson : module.lessons()) {
                links.add(link(lesson.title(), "preview-lesson-" + lesson.slug(), () -> {
                    var preview = new LessonPreview(session, folderOf(session, module.id()));
                    preview.show(lesson.title(), lesson.markdown());
                    show.accept(preview);
                }));
            }
            if (!module.quiz().isEmpty()) {
                links.add(link(panel.getTranslation("authoring.nav.quiz"), "preview-quiz-" + module.id(),
                        () -> show.accept(new QuizPreview(module.title(), module.quiz()))));
            }
            module.practices().forEach(practice -> links.add(link(practice.title(), "preview-practice-" + practice.id(),
                    () -> show.accept(new PracticeWalkthrough(practice)))));
            panel.add(new H3(module.title()), links);
        }
        return panel;
    }

    private static String folderOf(DraftSession session, String moduleId) {
        return DraftTree.modules(session).stream().filter(m -> m.id().equals(moduleId)).map(DraftTree.ModuleNode::folder)
                .findFirst().orElse("modules");
    }

    private static Button link(String text, String id, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
