package org.peercert.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.authoring.CourseEditors;
import org.peercert.authoring.DraftFile;
import org.peercert.authoring.Drafts;
import org.peercert.cohort.CohortFixtures;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue #14 without a browser: a draft edited through the forms (lesson, question) and published; problems on
 * the field that owns them with Publish disabled; two trainers on one file; who may open which draft.
 */
@PeerCertTest
class AuthoringViewsTest extends DraftEditorTests {

    @Autowired Drafts drafts;
    @Autowired CourseEditors editors;
    @Autowired CourseCatalog catalog;
    @Autowired ApplicationContext context;

    private static String firstLesson(DraftEditorView editor) {
        return DraftTree.modules(editor.session()).getFirst().lessons().getFirst();
    }

    @Test
    void aTrainerEditsALessonAndAQuestionThroughTheFormsAndPublishesTheDraft() {
        long trainer = new CohortFixtures(context).trainer("Tess Author");
        signInAs(trainer);
        String key = uniqueKey();
        DraftEditorView editor = newCourseDraft(key, "Texting basics");
        assertThat(editor.session().problems()).isEmpty();

        String lessonPath = firstLesson(editor);
        editor.openFile(lessonPath);
        var lesson = shownForm(editor, LessonForm.class);
        test(lesson.markdown).setValue("## Consent first\n\nAsk before you text. <script>alert(1)</script>\n");
        // the live preview is the trainee's renderer: Markdown rendered, HTML escaped and cleaned
        assertThat(lesson.preview.getElement().getOuterHTML()).contains("<h2>Consent first</h2>").doesNotContain("<script>");
        test(lesson.save).click(); // saved, but the validator refuses the script: shown on the Markdown, Publish disabled
        assertThat(lesson.markdown.isInvalid()).isTrue();
        assertThat(lesson.markdown.getErrorMessage()).containsIgnoringCase("script");
        assertThat(editor.publish.isEnabled()).isFalse();
        test(lesson.markdown).setValue("## Consent first\n\nAsk before you text.\n");
        test(lesson.save).click();
        assertThat(lesson.status.getText()).isEqualTo(lesson.getTranslation("authoring.saved"));
        assertThat(lesson.markdown.isInvalid()).isFalse();
        assertThat(editor.session().text(lessonPath)).contains("## Consent first").startsWith("---\ntitle: ");

        var module = DraftTree.modules(editor.session()).getFirst();
        editor.openQuiz(module);
        var quiz = shownForm(editor, QuestionsForm.class);
        int before = quiz.questions.size();
        quiz.addQuestion("true-false");
        QuestionForm question = quiz.questions.getLast();
        test(question.prompt).setValue("Texting a person needs their consent first.");
        test(question.explanation).setValue("Consent comes before any message.");
        question.editor().setFields(java.util.Map.of("answer", true)); // through the type editor's contract, whatever its form
        test(quiz.save).click();
        assertThat(editor.session().problems()).isEmpty();
        assertThat(DraftYaml.maps(DraftYaml.load(editor.session().text(module.quiz())), "questions")).hasSize(before + 1)
                .last().satisfies(q -> assertThat(q).containsEntry("prompt", "Texting a person needs their consent first.")
                        .containsEntry("answer", true));

        assertThat(editor.publish.isEnabled()).isTrue();
        editor.openPublish();
        var dialog = find(PublishDialog.class).single();
        test(dialog.bump).selectItem(dialog.getTranslation("authoring.bump.MINOR"));
        assertThat(dialog.resulting.getText()).contains("1.0.0");
        test(dialog.publish).click();

        assertThat(getCurrentView()).isInstanceOf(AuthoringView.class);
        var published = catalog.publishedCourse(key).orElseThrow();
        assertThat(published.title()).isEqualTo("Texting basics");
        assertThat(published.version()).isEqualTo("1.0.0");
    }

    @Test
    void problemsShowOnTheFieldThatOwnsTheirLineAndPublishStaysDisabledUntilFixed() {
        long trainer = new CohortFixtures(context).trainer("Pat Problem");
        signInAs(trainer);
        DraftEditorView editor = newCourseDraft(uniqueKey(), "Problems course");
        var module = DraftTree.modules(editor.session()).getFirst();
        editor.openQuiz(module);
        var quiz = shownForm(editor, QuestionsForm.class);
        QuestionForm question = quiz.questions.getFirst();
        test(question.explanation).setValue("");
        test(quiz.save).click(); // saving an invalid draft is allowed

        assertThat(quiz.status.getText()).startsWith(quiz.getTranslation("authoring.savedWithProblems", 1).substring(0, 10));
        assertThat(editor.session().problems()).isNotEmpty();
        QuestionForm shown = quiz.questions.getFirst();
        assertThat(shown.explanation.isInvalid()).isTrue();
        assertThat(shown.explanation.getErrorMessage()).containsIgnoringCase("explanation");
        assertThat(editor.publish.isEnabled()).isFalse();
        assertThat(editor.problems.getText()).isEqualTo(editor.getTranslation("authoring.nav.problems", editor.session().problems().size()));

        test(shown.explanation).setValue("Because.");
        test(quiz.save).click();
        assertThat(quiz.questions.getFirst().explanation.isInvalid()).isFalse();
        assertThat(editor.publish.isEnabled()).isTrue();

        // a problem in the type's own fields (type rules report at the question's type: line) shows on that question
        quiz.questions.getFirst().editor().setFields(java.util.Map.of());
        test(quiz.save).click();
        assertThat(quiz.questions.getFirst().hasProblems()).isTrue();
        assertThat(editor.publish.isEnabled()).isFalse();
        assertThat(quiz.otherProblems.getComponentCount()).isZero();
    }

    @Test
    void aSaveOverAnotherTrainersNewerSaveIsRefusedNamingThemAndKeepsTheUnsavedText() {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("First Trainer");
        long admin = f.admin();
        signInAs(trainer);
        DraftEditorView editor = newCourseDraft(uniqueKey(), "Shared course");
        String lessonPath = firstLesson(editor);
        editor.openFile(lessonPath);
        var lesson = shownForm(editor, LessonForm.class);

        // meanwhile the admin (who may edit every course) saves the same lesson
        DraftFile loaded = editor.session().file(lessonPath).orElseThrow();
        drafts.save(admin, editor.session().draftId(), lessonPath,
                (loaded.text() + "\nTheir paragraph.\n").getBytes(StandardCharsets.UTF_8), loaded.revision());

        test(lesson.markdown).setValue("My paragraph.\n");
        test(lesson.save).click();

        assertThat(lesson.conflict.isVisible()).isTrue();
        String notice = lesson.conflict.getChildren().findFirst().map(c -> c.getElement().getText()).orElse("");
        assertThat(notice).contains("Ada Admin");
        assertThat(lesson.markdown.getValue()).isEqualTo("My paragraph.\n");
        assertThat(drafts.files(trainer, editor.session().draftId()).get(lessonPath).text()).contains("Their paragraph.")
                .doesNotContain("My paragraph.");
        var unsaved = find(com.vaadin.flow.component.textfield.TextArea.class).all().stream()
                .filter(t -> t.hasClassName("pc-unsaved")).findFirst().orElseThrow();
        assertThat(unsaved.getValue()).contains("My paragraph.");

        test(find(com.vaadin.flow.component.button.Button.class).all().stream().filter(b -> b.hasClassName("pc-reload")).findFirst()
                .orElseThrow()).click();
        assertThat(lesson.markdown.getValue()).contains("Their paragraph.");
        assertThat(unsaved.getValue()).contains("My paragraph."); // still on screen to copy back
        test(lesson.markdown).setValue(lesson.markdown.getValue() + "My paragraph.\n");
        test(lesson.save).click();
        assertThat(drafts.files(trainer, editor.session().draftId()).get(lessonPath).text()).contains("Their paragraph.", "My paragraph.");
    }

    @Test
    void trainersOpenOnlyTheirOwnOrGrantedCoursesDraftsAndAdminsEveryDraft() {
        var f = new CohortFixtures(context);
        long owner = f.trainer("Owner Trainer");
        long other = f.trainer("Other Trainer");
        long admin = f.admin();
        signInAs(owner);
        String key = uniqueKey();
        long draftId = newCourseDraft(key, "Owned course").session().draftId();

        signInAs(other);
        assertThat(openDraft(draftId)).isNull();
        assertThat(navigate(AuthoringView.class).drafts.getListDataView().getItems().map(d -> d.id()).toList()).doesNotContain(draftId);

        signInAs(admin);
        assertThat(openDraft(draftId)).isNotNull();
        var editorsView = navigate(EditorsView.class);
        editorsView.course.setValue(editorsView.course.getListDataView().getItems().filter(c -> c.key().equals(key)).findFirst().orElseThrow());
        editorsView.trainer.setValue(accounts.findById(other).orElseThrow());
        test(editorsView.grant).click();
        assertThat(editorsView.editors.getListDataView().getItems().map(u -> u.getId()).toList()).contains(other);

        signInAs(other);
        assertThat(openDraft(draftId)).isNotNull();
        assertThat(editors.mayEdit(other, key)).isTrue();
    }

    @Test
    void aPreviewedQuizIsCheckedWithoutRecordingAnAttempt() {
        long trainer = new CohortFixtures(context).trainer("Quinn Preview");
        signInAs(trainer);
        DraftEditorView editor = newCourseDraft(uniqueKey(), "Preview course");
        editor.show(DraftPanels.previews(editor.session(), editor::show));
        var module = editor.session().drafts().read(trainer, editor.session().draftId()).course().modules().getFirst();
        test(find(com.vaadin.flow.component.button.Button.class).withId("preview-quiz-" + module.id()).single()).click();
        var preview = shownForm(editor, QuizPreview.class);
        test(preview.check).click();
        assertThat(preview.graded.getChildren().count()).isEqualTo(module.quiz().size());
        assertThat(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select count(*) from attempt where user_id = ?", Long.class, trainer)).isZero();
    }

    @Test
    void modulesAreAddedReorderedAndRenamedAndCourseSettingsSavedThroughTheirForms() {
        long trainer = new CohortFixtures(context).trainer("Mo Modules");
        signInAs(trainer);
        DraftEditorView editor = newCourseDraft(uniqueKey(), "Modules course");
        editor.openModules();
        var modules = shownForm(editor, ModulesForm.class);
        test(modules.newId).setValue("second");
        test(modules.newTitle).setValue("Second steps");
        test(modules.add).click();
        assertThat(DraftYaml.texts(DraftYaml.load(editor.session().text("course.yaml")), "modules")).containsExactly("first-module", "second");
        assertThat(editor.session().file("modules/02-second/module.yaml")).isPresent();

        var second = DraftTree.modules(editor.session()).get(1);
        shownForm(editor, ModulesForm.class).move(second, -1); // the up arrow
        assertThat(DraftYaml.texts(DraftYaml.load(editor.session().text("course.yaml")), "modules")).containsExactly("second", "first-module");
        var tree = DraftTree.modules(editor.session());
        shownForm(editor, ModulesForm.class).drop(tree.get(0), tree.get(1), true); // dragged below the other row
        assertThat(DraftYaml.texts(DraftYaml.load(editor.session().text("course.yaml")), "modules")).containsExactly("first-module", "second");
        shownForm(editor, ModulesForm.class).move(DraftTree.modules(editor.session()).get(1), -1);

        editor.show(new ModuleForm(editor.session(), DraftTree.modules(editor.session()).getFirst(), editor::openFile));
        var module = shownForm(editor, ModuleForm.class);
        test(module.title).setValue("Second steps, renamed");
        test(module.save).click();
        assertThat(DraftYaml.load(editor.session().text("modules/02-second/module.yaml"))).containsEntry("title", "Second steps, renamed");

        editor.openCourse();
        var settings = shownForm(editor, CourseSettingsForm.class);
        test(settings.validityMonths).setValue(0);
        test(settings.addCompetency).click();
        var added = settings.rows.getLast();
        test(added.id).setValue("texting");
        test(added.title).setValue("Texting");
        test(added.description).setValue("Texting with consent.");
        test(settings.save).click();
        settings = shownForm(editor, CourseSettingsForm.class);
        assertThat(settings.validityMonths.isInvalid()).isTrue(); // 0 months: the validator's problem, on its field
        assertThat(editor.publish.isEnabled()).isFalse();
        test(settings.validityMonths).setValue(36);
        test(settings.save).click();
        var course = DraftYaml.load(editor.session().text("course.yaml"));
        assertThat(course).containsEntry("validity_months", 36).containsEntry("title", "Modules course");
        assertThat(DraftYaml.maps(course, "competencies")).extracting(c -> c.get("id")).containsExactly("first-competency", "texting");
    }

    @Test
    void anUploadedImageIsCheckedByItsBytesStoredWithTheDraftAndShownInThePreview() {
        long trainer = new CohortFixtures(context).trainer("Ima Images");
        signInAs(trainer);
        DraftEditorView editor = newCourseDraft(uniqueKey(), "Images course");
        String lessonPath = firstLesson(editor);
        editor.openFile(lessonPath);
        var lesson = shownForm(editor, LessonForm.class);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

        lesson.image("phone.png", png); // no alt text yet
        assertThat(lesson.alt.isInvalid()).isTrue();
        test(lesson.alt).setValue("A phone showing a consent message");
        lesson.image("evil.png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertThat(lesson.imageStatus.getText()).isEqualTo(lesson.getTranslation("authoring.image.refused", "evil.png"));
        assertThat(editor.session().paths(p -> p.contains("/images/"))).isEmpty();

        lesson.image("Phone Screen.PNG", png);
        assertThat(editor.session().file("modules/01-first-module/images/phone-screen.png")).isPresent();
        assertThat(lesson.markdown.getValue()).endsWith("![A phone showing a consent message](images/phone-screen.png)\n");
        assertThat(lesson.preview.getElement().getOuterHTML()).contains("alt=\"A phone showing a consent message\"")
                .contains("src=\"data:image/png;base64,");
    }

    @Test
    void aNewPracticesProblemsShowOnItsYamlAndTheDiffListsWhatChanged() {
        long trainer = new CohortFixtures(context).trainer("Pia Practice");
        signInAs(trainer);
        DraftEditorView editor = newCourseDraft(uniqueKey(), "Practice course");
        var moduleNode = DraftTree.modules(editor.session()).getFirst();
        editor.show(new ModuleForm(editor.session(), moduleNode, editor::openFile));
        var module = shownForm(editor, ModuleForm.class);
        test(module.practiceId).setValue("first-sms");
        test(module.addPractice).click();

        var practice = shownForm(editor, PracticeForm.class);
        assertThat(editor.session().problemsIn(moduleNode.folder() + "/practice-first-sms.yaml")).isNotEmpty();
        assertThat(practice.title.isInvalid() || practice.rest.isInvalid()).isTrue();
        test(practice.rest).setValue("rubric: [not: closed");
        test(practice.save).click();
        assertThat(practice.status.getText()).startsWith(practice.getTranslation("authoring.cannotSave", "").strip());

        editor.show(DraftPanels.diff(editor.session()));
        var files = find(com.vaadin.flow.component.grid.Grid.class).withId("diff-files").single();
        assertThat(test(files).size()).isGreaterThan(1); // a new course: every file is added
    }

    @Test
    void anAdminsDraftOfThePublishedCourseShowsTheEditedLessonAsChangedAgainstItsVersion() {
        long admin = new CohortFixtures(context).admin();
        signInAs(admin);
        var list = navigate(AuthoringView.class);
        list.course.setValue(list.course.getListDataView().getItems().filter(c -> c.key().equals("dpsc")).findFirst().orElseThrow());
        test(list.startFromLatest).click();
        var editor = (DraftEditorView) getCurrentView();
        try {
            String lessonPath = firstLesson(editor);
            editor.openFile(lessonPath);
            var lesson = shownForm(editor, LessonForm.class);
            test(lesson.markdown).setValue(lesson.markdown.getValue() + "\nOne more sentence.\n");
            test(lesson.save).click();

            editor.show(DraftPanels.diff(editor.session()));
            @SuppressWarnings("unchecked")
            var files = (com.vaadin.flow.component.grid.Grid<org.peercert.authoring.DraftDiff.Change>) find(
                    com.vaadin.flow.component.grid.Grid.class).withId("diff-files").single();
            assertThat(files.getListDataView().getItems().toList())
                    .containsExactly(new org.peercert.authoring.DraftDiff.Change(lessonPath, lessonPath,
                            org.peercert.authoring.DraftDiff.Kind.CHANGED));

            editor.show(DraftPanels.previews(editor.session(), editor::show)); // a practice: read through, nothing run
            var practice = editor.session().drafts().read(admin, editor.session().draftId()).course().modules().stream()
                    .flatMap(m -> m.practices().stream()).findFirst().orElseThrow();
            test(find(com.vaadin.flow.component.button.Button.class).withId("preview-practice-" + practice.id()).single()).click();
            assertThat(shownForm(editor, PracticeWalkthrough.class).getElement().getTextRecursively()).contains(practice.title());
        } finally {
            drafts.discard(admin, editor.session().draftId()); // other tests start DPSC drafts too
        }
    }

    @Test
    void aCourseZipIsImportedAsADraftAndABadZipIsRefusedWithAMessage() throws Exception {
        long admin = new CohortFixtures(context).admin();
        signInAs(admin);
        var zip = new java.io.ByteArrayOutputStream();
        context.getBean(org.peercert.authoring.CourseArchives.class).exportVersion(admin,
                catalog.publishedCourse("dpsc").orElseThrow().versionId(), zip);

        var list = navigate(AuthoringView.class);
        list.importZip(context.getBean(org.peercert.authoring.CourseArchives.class),
                new java.io.ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)));
        assertThat(getCurrentView()).isSameAs(list);
        assertThat(list.error.getText()).isNotBlank();

        list.importZip(context.getBean(org.peercert.authoring.CourseArchives.class), new java.io.ByteArrayInputStream(zip.toByteArray()));
        var editor = (DraftEditorView) getCurrentView();
        try {
            assertThat(editor.session().summary().courseKey()).isEqualTo("dpsc");
            assertThat(editor.session().file("course.yaml")).isPresent();
        } finally {
            drafts.discard(admin, editor.session().draftId());
        }
    }
}
