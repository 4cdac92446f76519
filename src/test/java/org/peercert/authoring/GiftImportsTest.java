package org.peercert.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.PeerCertTest;
import org.peercert.authoring.gift.GiftReport.Entry;
import org.peercert.cohort.CohortFixtures;
import org.peercert.curriculum.CurriculumLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** GIFT into a draft's question bank and back out, on the real database, with the drafts' access rules. */
@PeerCertTest
class GiftImportsTest {

    @Autowired ApplicationContext context;
    @Autowired GiftImports gift;
    @Autowired Drafts drafts;
    @Autowired CourseEditors editors;
    @Autowired CurriculumLoader loader;

    @TempDir Path curriculumRoot;

    CohortFixtures people;
    String courseKey;
    long admin;
    long trainer;
    long draft;
    String sample;

    @BeforeEach
    void aDraftOfAFreshCourse() throws IOException {
        people = new CohortFixtures(context);
        courseKey = MinimalCourses.load(loader, curriculumRoot, "gift");
        admin = people.admin();
        trainer = people.trainer("Gina Gift");
        editors.grant(admin, courseKey, trainer);
        draft = drafts.startFromLatest(trainer, courseKey);
        sample = Files.readString(Path.of("src/test/resources/gift/sample.gift"), StandardCharsets.UTF_8);
    }

    @Test
    void theSampleBecomesOneBankFilePerCategoryAndTheDraftStaysValid() {
        GiftImports.Outcome outcome = gift.importGift(trainer, draft, sample, "crisis", null);

        assertThat(outcome.report().imported()).isEqualTo(11);
        assertThat(outcome.files()).containsExactly("bank/crisis-support.yaml", "bank/refused-and-more.yaml");
        assertThat(outcome.problems()).isEmpty();
        assertThat(gift.bankFiles(trainer, draft)).containsExactly("bank/crisis-support.yaml", "bank/refused-and-more.yaml");
        assertThat(drafts.files(trainer, draft).get("bank/crisis-support.yaml").text()).contains("id: crisis-line\n");
    }

    @Test
    void importingIntoAnExistingBankFileAppendsWithIdsUniqueAcrossTheDraft() {
        gift.importGift(trainer, draft, sample, "crisis", "bank/crisis.yaml");
        GiftImports.Outcome again = gift.importGift(trainer, draft,
                sample + "\n\n::basics-q1::Same id as a quiz question?{T####Yes.}\n", "rights", "bank/crisis.yaml");

        assertThat(again.files()).containsExactly("bank/crisis.yaml");
        assertThat(again.report().entries()).extracting(Entry::id).contains("crisis-line-3", "markdown-2", "basics-q1-2");
        assertThat(again.problems()).isEmpty();
        assertThat(drafts.read(trainer, draft).warnings()).filteredOn(w -> w.file().endsWith("bank/crisis.yaml")).hasSize(23);
    }

    @Test
    void anExportedBankFileOfAPublishedVersionReadsBackIntoTheSameQuestions() {
        gift.importGift(trainer, draft, sample, "crisis", null);
        long version = drafts.publish(trainer, draft, VersionBump.MINOR).courseVersionId();

        var exported = gift.exportFromVersion(trainer, version, "bank/crisis-support.yaml");
        long second = drafts.startFromLatest(trainer, courseKey);
        var reimported = gift.importGift(trainer, second, exported.gift(), "crisis", "bank/copy.yaml");

        assertThat(exported.gift()).contains("::crisis-line::Which number reaches the US crisis line? {");
        assertThat(reimported.report().imported()).isEqualTo(9);
        assertThat(gift.exportFromDraft(trainer, second, "bank/copy.yaml").gift()).isEqualTo(exported.gift()
                .replace("::crisis-line::", "::crisis-line-3::")
                .replaceAll("::(safety-plan|consent-facts|crisis-can-wait|peer-supporters-share-lived-experience|lifeline-digits"
                        + "|match-the-tools|escapes-all-of-them|html-prompt)::", "::$1-2::"));
    }

    @Test
    void aTrainerGivenTheCourseMayImportAndExport() {
        gift.importGift(trainer, draft, sample, "crisis", null);

        assertThat(gift.exportFromDraft(trainer, draft, "bank/refused-and-more.yaml").gift()).contains("::markdown::");
    }

    @Test
    void aTrainerNotGivenTheCourseIsRefused() {
        long stranger = people.trainer("Sam Stranger");

        assertForbidden(() -> gift.importGift(stranger, draft, sample, "crisis", null));
        assertForbidden(() -> gift.bankFiles(stranger, draft));
    }

    @Test
    void anAdminMayImportIntoAnyDraft() {
        assertThat(gift.importGift(admin, draft, sample, "crisis", null).report().imported()).isEqualTo(11);
    }

    @Test
    void aTraineeIsRefused() {
        long trainee = people.trainee("Tim Trainee");

        assertForbidden(() -> gift.importGift(trainee, draft, sample, "crisis", null));
        gift.importGift(trainer, draft, sample, "crisis", null);
        assertForbidden(() -> gift.exportFromDraft(trainee, draft, "bank/crisis-support.yaml"));
    }

    @Test
    void aRefusedFileSavesNothing() {
        assertThatThrownBy(() -> gift.importGift(trainer, draft, "x".repeat(1_000_001), "crisis", null))
                .isInstanceOfSatisfying(AuthoringException.class, e -> assertThat(e.reason()).isEqualTo(AuthoringException.Reason.INVALID))
                .hasMessageContaining("larger than 1 MB");
        assertThat(gift.bankFiles(trainer, draft)).isEmpty();
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AuthoringException.class,
                e -> assertThat(e.reason()).isEqualTo(AuthoringException.Reason.FORBIDDEN));
    }
}
