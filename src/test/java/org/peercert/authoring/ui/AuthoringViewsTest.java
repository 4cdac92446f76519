package org.peercert.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.account.AccountService;
import org.peercert.authoring.CourseEditors;
import org.peercert.authoring.DraftFile;
import org.peercert.authoring.Drafts;
import org.peercert.cohort.CohortFixtures;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue #14 without a browser: a draft edited through the forms (lesson, question) and published; problems on
 * the field that owns them with Publish disabled; two trainers on one file; who may open which draft.
 */
@PeerCertTest
class AuthoringViewsTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired Drafts drafts;
    @Autowired CourseEditors editors;
    @Autowired CourseCatalog catalog;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(long userId) {
        var user = accounts.findById(userId).orElseThrow();
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getEmail(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole().name()))));
        SecurityContextHolder.setContext(security);
    }

    private static String uniqueKey() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new course's draft made through the list view; returns its editor. */
    private DraftEditorView newCourseDraft(String key, String title) {
        var list = navigate(AuthoringView.class);
        test(list.newKey).setValue(key);
        test(list.newTitle).setValue(title);
        test(list.startNew).click();
        return (DraftEditorView) getCurrentView();
    }

    private DraftEditorView openDraft(long draftId) {
        UI.getCurrent().navigate("trainer/authoring/" + draftId);
        return getCurrentView() instanceof DraftEditorView editor ? editor : null;
    }

    private static String firstLesson(DraftEditorView editor) {
        return DraftTree.modules(editor.session()).getFirst().lessons().getFirst();
    }

    private static <T extends Component> T shownForm(DraftEditorView editor, Class<T> type) {
        Component shown = editor.shown;
        if (type.isInstance(shown)) {
            return type.cast(shown);
        }
        return shown.getChildren().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
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
}
