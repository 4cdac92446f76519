package org.peercert.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.authoring.CourseEditors;
import org.peercert.authoring.Drafts;
import org.peercert.authoring.GiftImports;
import org.peercert.authoring.VersionBump;
import org.peercert.authoring.gift.GiftReport.Entry;
import org.peercert.authoring.gift.GiftReport.Status;
import org.peercert.cohort.CohortFixtures;
import org.peercert.curriculum.CourseVersionFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue #14's GIFT buttons in the draft editor without a browser: the sample imported through the dialog's
 * Upload with its report, a bank question picked into a quiz and published, refused uploads that write nothing,
 * and the Export GIFT download read back in.
 */
@PeerCertTest
class GiftImportDialogTest extends DraftEditorTests {

    @Autowired Drafts drafts;
    @Autowired GiftImports gifts;
    @Autowired CourseEditors editors;
    @Autowired CourseVersionFiles versionFiles;
    @Autowired ApplicationContext context;

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/gift/sample.gift"));
    }

    /** The bank panel's Import GIFT button, clicked: the dialog it opens. */
    private GiftImportDialog openImport(DraftEditorView editor) {
        editor.openBank();
        test(find(Button.class).withId("bank-import-gift").single()).click();
        return find(GiftImportDialog.class).single();
    }

    private List<Entry> reported(GiftImportDialog dialog) {
        return dialog.report.getListDataView().getItems().toList();
    }

    private List<String> bankFiles(DraftEditorView editor) {
        return drafts.files(editor.session().actor(), editor.session().draftId()).keySet().stream().filter(p -> p.startsWith("bank/")).toList();
    }

    @Test
    void theImportedSampleIsReportedPerQuestionShowsInTheTreeAndAPickedBankQuestionIsPublished() throws IOException {
        long trainer = new CohortFixtures(context).trainer("Gil Gift");
        signInAs(trainer);
        DraftEditorView editor = newCourseDraft(uniqueKey(), "Gift import course");
        var dialog = openImport(editor);
        assertThat(dialog.competency.getValue()).isEqualTo("first-competency");

        test(dialog.upload).upload("sample.gift", "text/plain", sample());

        assertThat(dialog.report.isVisible()).isTrue();
        assertThat(reported(dialog)).hasSize(19).allSatisfy(e -> assertThat(e.line()).isPositive());
        assertThat(reported(dialog)).filteredOn(e -> e.status() != Status.SKIPPED).hasSize(11).allSatisfy(e -> assertThat(e.id()).isNotBlank());
        assertThat(reported(dialog)).filteredOn(e -> e.status() == Status.SKIPPED).hasSize(8).allSatisfy(e -> assertThat(e.message()).isNotBlank());
        assertThat(dialog.status.getText()).isEqualTo(dialog.getTranslation("authoring.gift.done", 11, 19,
                "bank/crisis-support.yaml, bank/refused-and-more.yaml"));
        // the side tree lists the new bank files without a reload, and the bank panel shows them
        assertThat(find(Button.class).withId("nav-bank-crisis-support-yaml").single().getText()).isEqualTo("crisis-support.yaml");
        assertThat(find(Anchor.class).withId("export-gift-crisis-support").single().getText())
                .isEqualTo(editor.getTranslation("authoring.gift.export", "crisis-support.yaml"));

        var module = DraftTree.modules(editor.session()).getFirst();
        editor.openQuiz(module);
        var quiz = shownForm(editor, QuestionsForm.class);
        assertThat(quiz.pick.isVisible()).isTrue();
        assertThat(quiz.pick.getListDataView().getItems().toList()).contains("crisis-line");
        quiz.pick.select("crisis-line");
        test(quiz.save).click();

        assertThat(editor.session().problems()).isEmpty();
        assertThat(editor.publish.isEnabled()).isTrue();
        var read = drafts.read(trainer, editor.session().draftId()).course().modules().getFirst().quiz();
        assertThat(read).extracting(QuestionDefinition::id).contains("crisis-line");
        var published = drafts.publish(trainer, editor.session().draftId(), VersionBump.MINOR);
        assertThat(published.published()).isTrue();
        assertThat(versionFiles.file(published.courseVersionId(), module.quiz()).map(b -> new String(b, StandardCharsets.UTF_8)).orElseThrow())
                .contains("crisis-line");
        assertThat(versionFiles.file(published.courseVersionId(), "bank/crisis-support.yaml")).isPresent();
    }

    @Test
    void aGiftFileThatIsNotUtf8ShowsTheEncodingMessageAndWritesNothing() {
        long trainer = new CohortFixtures(context).trainer("Lat Latin");
        signInAs(trainer);
        DraftEditorView editor = newCourseDraft(uniqueKey(), "Gift encoding course");
        var dialog = openImport(editor);

        dialog.receive("cafe.gift", "::Café::Is « café » spelt right?{T}".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(dialog.status.getText()).isEqualTo(dialog.getTranslation("authoring.gift.notUtf8", "cafe.gift"));
        assertThat(dialog.report.isVisible()).isFalse();
        assertThat(bankFiles(editor)).isEmpty();
    }

    @Test
    void aGiftFileWithNothingImportableShowsWhyPerQuestionAndWritesNothing() {
        long trainer = new CohortFixtures(context).trainer("Nat Nothing");
        signInAs(trainer);
        DraftEditorView editor = newCourseDraft(uniqueKey(), "Gift nothing course");
        var dialog = openImport(editor);

        dialog.receive("essays.gift", "::Essay::Describe your week.{}\n\n::Numeric::How many?{#3:1}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.status.getText()).isEqualTo(dialog.getTranslation("authoring.gift.nothing"));
        assertThat(reported(dialog)).hasSize(2).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(Status.SKIPPED);
            assertThat(e.line()).isPositive();
        });
        assertThat(bankFiles(editor)).isEmpty();
        assertThat(find(Button.class).all().stream().map(Button::getId).flatMap(java.util.Optional::stream))
                .noneMatch(id -> id.startsWith("nav-bank-"));
    }

    @Test
    void aTrainerWhoseEditingWasRevokedWhileTheDialogWasOpenIsRefusedAndNothingIsWritten() throws IOException {
        var people = new CohortFixtures(context);
        long trainer = people.trainer("Rev Revoked");
        long admin = people.admin();
        signInAs(trainer);
        String key = uniqueKey();
        DraftEditorView editor = newCourseDraft(key, "Gift revoked course");
        var dialog = openImport(editor);

        editors.revoke(admin, key, trainer); // meanwhile, in the admin's browser
        test(dialog.upload).upload("sample.gift", "text/plain", sample());

        assertThat(dialog.status.getText()).startsWith(dialog.getTranslation("authoring.gift.refused", ""));
        assertThat(dialog.report.isVisible()).isFalse();
        assertThat(drafts.files(admin, editor.session().draftId()).keySet()).noneMatch(p -> p.startsWith("bank/"));
    }

    @Test
    void theExportGiftDownloadReadsBackIntoTheSameQuestions() throws IOException {
        long trainer = new CohortFixtures(context).trainer("Exa Export");
        signInAs(trainer);
        DraftEditorView editor = newCourseDraft(uniqueKey(), "Gift export course");
        test(openImport(editor).upload).upload("sample.gift", "text/plain", sample());

        var download = new ByteArrayOutputStream();
        test(find(Anchor.class).withId("export-gift-crisis-support").single()).download(download);
        String gift = download.toString(StandardCharsets.UTF_8);
        assertThat(gift).contains("::crisis-line::");

        long draftId = editor.session().draftId();
        var again = gifts.importGift(trainer, draftId, gift, "first-competency", "bank/copy.yaml");
        assertThat(again.report().count(Status.SKIPPED)).isZero();
        assertThat(withoutIds(editor, "bank/copy.yaml")).isEqualTo(withoutIds(editor, "bank/crisis-support.yaml"));
    }

    /** A bank file's questions as saved, each without its id (a re-import gets new ones: ids are unique in a draft). */
    private List<Map<String, Object>> withoutIds(DraftEditorView editor, String path) {
        String yaml = drafts.files(editor.session().actor(), editor.session().draftId()).get(path).text();
        return DraftYaml.maps(DraftYaml.load(yaml), "questions").stream().map(q -> {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(q);
            copy.remove("id");
            return copy;
        }).toList();
    }
}
