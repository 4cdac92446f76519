package org.peercert.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.PeerCertTest;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateService;
import org.peercert.cohort.CohortFixtures;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseLoadOutcome;
import org.peercert.curriculum.CourseVersionFiles;
import org.peercert.curriculum.CurriculumLoader;
import org.peercert.curriculum.format.ContentHash;
import org.peercert.curriculum.format.CourseTree;
import org.peercert.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The authoring services on the real database: drafts, publish, diff, zips, locking, audit and access per role. */
@PeerCertTest
class AuthoringTest {

    @Autowired ApplicationContext context;
    @Autowired Drafts drafts;
    @Autowired CourseArchives archives;
    @Autowired CourseEditors editors;
    @Autowired AuthoringAudit auditLog;
    @Autowired CurriculumLoader loader;
    @Autowired CourseCatalog catalog;
    @Autowired CourseVersionFiles versionFiles;
    @Autowired LearningService learning;
    @Autowired CertificateService certificates;

    @TempDir Path curriculumRoot;

    CohortFixtures people;
    String courseKey;
    long admin;
    long trainer;

    @BeforeEach
    void aFreshCourseWithAGrantedTrainer() throws IOException {
        people = new CohortFixtures(context);
        courseKey = MinimalCourses.load(loader, curriculumRoot, "auth");
        admin = people.admin();
        trainer = people.trainer("Tara Trainer");
        editors.grant(admin, courseKey, trainer);
    }

    @Test
    void publishedDraftKeepsEnrolledTraineesOnTheirVersionAndGivesNewTraineesTheNewOne() {
        long first = catalog.publishedCourse(courseKey).orElseThrow().versionId();
        long early = people.trainee("Early Trainee");
        long earlyEnrollment = learning.enroll(early, courseKey);

        long draft = drafts.startFromLatest(trainer, courseKey);
        edit(draft, "modules/01-basics/01-welcome.md", "Welcome", "Welcome, and thank you for coming");
        edit(draft, "modules/02-texting/quiz.yaml", "A text should include the person's diagnosis.",
                "A text should include the person's full diagnosis.");
        DraftDiff diff = drafts.diff(trainer, draft);
        assertThat(diff.files()).extracting(DraftDiff.Change::name, DraftDiff.Change::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("modules/01-basics/01-welcome.md", DraftDiff.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("modules/02-texting/quiz.yaml", DraftDiff.Kind.CHANGED));
        assertThat(diff.questions()).containsExactly(new DraftDiff.Change("texting-q1", "modules/02-texting/quiz.yaml", DraftDiff.Kind.CHANGED));

        PublishOutcome outcome = drafts.publish(trainer, draft, VersionBump.MINOR);

        assertThat(outcome.published()).isTrue();
        assertThat(outcome.version()).isEqualTo("1.1.0");
        assertThat(catalog.publishedCourse(courseKey).orElseThrow().versionId()).isEqualTo(outcome.courseVersionId());
        assertThat(learning.enrollments(early)).singleElement().extracting(e -> e.courseVersionId()).isEqualTo(first);
        long late = people.trainee("Late Trainee");
        long lateEnrollment = learning.enroll(late, courseKey);
        assertThat(learning.enrollments(late)).singleElement().extracting(e -> e.courseVersionId()).isEqualTo(outcome.courseVersionId());

        var fixtures = new CertificateFixtures(context);
        String earlyCertificate = fixtures.issueFor(early, earlyEnrollment, first);
        String lateCertificate = fixtures.issueFor(late, lateEnrollment, outcome.courseVersionId());
        assertThat(certificates.find(earlyCertificate).orElseThrow().courseVersion()).isEqualTo("1.0.0");
        assertThat(certificates.find(lateCertificate).orElseThrow().courseVersion()).isEqualTo("1.1.0");
        assertThat(new String(versionFiles.file(outcome.courseVersionId(), "course.yaml").orElseThrow(), StandardCharsets.UTF_8))
                .contains("version: 1.1.0");
        assertThat(auditLog.ofCourse(admin, courseKey)).extracting(AuditEntry::action)
                .containsSubsequence(AuditEntry.Action.PUBLISH, AuditEntry.Action.SAVE, AuditEntry.Action.SAVE, AuditEntry.Action.START);
    }

    @Test
    void anInvalidDraftCanBeSavedButNotPublishedAndSaysFileAndLine() {
        long draft = drafts.startFromLatest(trainer, courseKey);
        edit(draft, "modules/02-texting/quiz.yaml", "competency: sms-support\n    prompt: A text", "competency: nowhere\n    prompt: A text");

        var problems = drafts.validate(trainer, draft);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("modules/02-texting/quiz.yaml");
            assertThat(p.line()).isGreaterThan(1);
            assertThat(p.message()).contains("nowhere");
        });
        PublishOutcome outcome = drafts.publish(trainer, draft, VersionBump.PATCH);
        assertThat(outcome.published()).isFalse();
        assertThat(outcome.problems()).isEqualTo(problems);
        assertThat(catalog.publishedCourse(courseKey).orElseThrow().version()).isEqualTo("1.0.0");
    }

    @Test
    void aStaleSaveByASecondTrainerIsRefusedNamingWhoChangedTheFile() {
        long other = people.trainer("Omar Other");
        editors.grant(admin, courseKey, other);
        long draft = drafts.startFromLatest(trainer, courseKey);
        DraftFile loadedByBoth = drafts.files(other, draft).get("modules/01-basics/01-welcome.md");

        drafts.save(trainer, draft, loadedByBoth.path(), (loadedByBoth.text() + "\nTara's line.\n").getBytes(StandardCharsets.UTF_8),
                loadedByBoth.revision());

        assertThatThrownBy(() -> drafts.save(other, draft, loadedByBoth.path(), (loadedByBoth.text() + "\nOmar's line.\n")
                .getBytes(StandardCharsets.UTF_8), loadedByBoth.revision()))
                .isInstanceOfSatisfying(DraftConflictException.class, e -> {
                    assertThat(e.changedByName()).isEqualTo("Tara Trainer");
                    assertThat(e.getMessage()).contains("changed by Tara Trainer").contains("reload");
                });
        assertThat(drafts.files(other, draft).get(loadedByBoth.path()).text()).contains("Tara's line.").doesNotContain("Omar's line.");
    }

    @Test
    void everySaveDeleteAndDiscardIsInTheAuditLog() {
        long draft = drafts.startFromLatest(trainer, courseKey);
        long revision = drafts.save(trainer, draft, "modules/01-basics/03-more.md", "---\ntitle: More\n---\nMore text.\n".getBytes(StandardCharsets.UTF_8), 0);
        drafts.delete(trainer, draft, "modules/01-basics/03-more.md", revision);
        drafts.discard(trainer, draft);

        assertThat(auditLog.ofDraft(trainer, draft)).extracting(AuditEntry::action, AuditEntry::path, AuditEntry::actorName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditEntry.Action.DISCARD, null, "Tara Trainer"),
                org.assertj.core.groups.Tuple.tuple(AuditEntry.Action.DELETE, "modules/01-basics/03-more.md", "Tara Trainer"),
                org.assertj.core.groups.Tuple.tuple(AuditEntry.Action.SAVE, "modules/01-basics/03-more.md", "Tara Trainer"),
                org.assertj.core.groups.Tuple.tuple(AuditEntry.Action.START, null, "Tara Trainer"));
    }

    @Test
    void exportThenImportGivesTheSameContentHash() {
        long version = catalog.publishedCourse(courseKey).orElseThrow().versionId();
        long draft = archives.importAsDraft(trainer, new ByteArrayInputStream(export(trainer, version)));

        var read = drafts.read(trainer, draft);
        assertThat(read.valid()).isTrue();
        assertThat(read.course().contentHash()).isEqualTo(ContentHash.of(curriculumRoot.resolve(courseKey)));
        assertThat(drafts.summary(trainer, draft).basedOnVersion()).isEqualTo("1.0.0");
        assertThat(auditLog.ofDraft(trainer, draft)).extracting(AuditEntry::action).containsExactly(AuditEntry.Action.IMPORT);
    }

    @Test
    void theDpscCurriculumRoundTripsThroughAZip() {
        long dpsc = catalog.publishedCourse("dpsc").orElseThrow().versionId();
        long draft = archives.importAsDraft(admin, new ByteArrayInputStream(export(admin, dpsc)));
        try {
            var read = drafts.read(admin, draft);
            assertThat(read.problems()).isEmpty();
            assertThat(read.course().contentHash()).isEqualTo(ContentHash.of(Path.of("curriculum/dpsc")));
        } finally {
            drafts.discard(admin, draft);
        }
    }

    @Test
    void aZipWithAnEntryOutsideTheRootIsRefused() throws IOException {
        byte[] zip = zip(out -> {
            entry(out, "course/course.yaml", "id: x\n");
            entry(out, "../../etc/cron.d/evil.yaml", "boom");
        });
        assertThatThrownBy(() -> archives.importAsDraft(trainer, new ByteArrayInputStream(zip)))
                .isInstanceOfSatisfying(AuthoringException.class, e -> assertThat(e.reason()).isEqualTo(AuthoringException.Reason.INVALID))
                .hasMessageContaining("'../../etc/cron.d/evil.yaml' points outside the course folder");
    }

    @Test
    void aZipWithASymbolicLinkIsRefused() throws IOException {
        byte[] zip = zip(out -> {
            entry(out, "course/course.yaml", "id: x\n");
            entry(out, "course/modules/01-a/01-link.md", "/etc/passwd");
        });
        markLastCentralEntryAsSymbolicLink(zip);
        assertThatThrownBy(() -> archives.importAsDraft(trainer, new ByteArrayInputStream(zip)))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("'course/modules/01-a/01-link.md' is a symbolic link");
    }

    /** What Info-ZIP writes for a symlink: made by Unix (3), file type 0120000 in the high half of the external attributes. */
    private static void markLastCentralEntryAsSymbolicLink(byte[] zip) {
        for (int i = zip.length - 46; i >= 0; i--) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02) {
                zip[i + 5] = 3;
                zip[i + 38] = 0; // external attributes, little-endian, at offset 38: 0xA1FF0000 = lrwxrwxrwx
                zip[i + 39] = 0;
                zip[i + 40] = (byte) 0xff;
                zip[i + 41] = (byte) 0xa1;
                return;
            }
        }
        throw new IllegalStateException("no central directory entry");
    }

    @Test
    void aZipEntryInflatingToAGigabyteIsRefused() throws IOException {
        byte[] zip = zip(out -> {
            out.putNextEntry(new ZipEntry("course/modules/01-a/01-huge.md"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        });
        assertThat((long) zip.length).isLessThan(SafeZip.MAX_COMPRESSED);
        assertThatThrownBy(() -> archives.importAsDraft(trainer, new ByteArrayInputStream(zip)))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("inflates to more than 1 MB");
    }

    @Test
    void aZipOfAHundredThousandEntriesIsRefused() throws IOException {
        byte[] zip = zip(out -> {
            for (int i = 0; i < 100_000; i++) {
                entry(out, "c/" + i + ".md", "");
            }
        });
        assertThatThrownBy(() -> archives.importAsDraft(trainer, new ByteArrayInputStream(zip)))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("more than 2000 entries");
    }

    @Test
    void trainersEditOnlyCoursesTheyOwnOrWereGivenAdminsAllTraineesNone() {
        long stranger = people.trainer("Sam Stranger");
        long trainee = people.trainee("Tim Trainee");
        assertThat(editors.mayEdit(admin, courseKey)).isTrue();
        assertThat(editors.mayEdit(trainer, courseKey)).isTrue();
        assertThat(editors.mayEdit(stranger, courseKey)).isFalse();
        assertThat(editors.mayEdit(trainee, courseKey)).isFalse();
        assertThat(editors.mayEdit(trainer, "dpsc")).isFalse();

        assertForbidden(() -> drafts.startFromLatest(stranger, courseKey));
        assertForbidden(() -> drafts.startFromLatest(trainee, courseKey));
        assertForbidden(() -> drafts.startNewCourse(trainee, "t" + courseKey, "Mine"));
        assertForbidden(() -> editors.grant(trainer, courseKey, stranger));
        long draft = drafts.startFromLatest(trainer, courseKey);
        assertForbidden(() -> drafts.files(stranger, draft));
        assertForbidden(() -> drafts.save(trainee, draft, "course.yaml", new byte[0], 1));
        assertThat(drafts.files(admin, draft)).containsKey("course.yaml");
        assertThat(drafts.visibleTo(stranger)).extracting(DraftSummary::id).doesNotContain(draft);
        assertThat(drafts.visibleTo(trainer)).extracting(DraftSummary::id).contains(draft);

        long ownDraft = drafts.startNewCourse(stranger, "own" + courseKey, "Sam's course");
        assertThat(drafts.validate(stranger, ownDraft)).isEmpty();
        assertThat(editors.mayEdit(stranger, "own" + courseKey)).isTrue();
        assertForbidden(() -> drafts.files(trainer, ownDraft));

        editors.revoke(admin, courseKey, trainer);
        assertForbidden(() -> drafts.files(trainer, draft));
        assertThat(editors.editorsOf(admin, courseKey)).isEmpty();
    }

    @Test
    void aCurriculumFolderReusingAPublishedVersionNumberWithOtherContentIsReportedNotFatal() throws IOException {
        long draft = drafts.startFromLatest(trainer, courseKey);
        edit(draft, "modules/01-basics/01-welcome.md", "Welcome", "Hello");
        assertThat(drafts.publish(trainer, draft, VersionBump.PATCH).version()).isEqualTo("1.0.1");

        Path yaml = curriculumRoot.resolve(courseKey).resolve("course.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("version: 1.0.0", "version: 1.0.1"));
        var outcome = loader.loadAll(curriculumRoot).getFirst();

        assertThat(outcome.status()).isEqualTo(CourseLoadOutcome.Status.REJECTED);
        assertThat(outcome.messages()).singleElement().asString().contains("version 1.0.1 is already loaded with different content");
    }

    @Test
    void aVersionLoadedBeforeFilesWereKeptCannotBeDraftedUntilTheLoaderFindsTheSameContentAgain() {
        long version = catalog.publishedCourse(courseKey).orElseThrow().versionId();
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .update("DELETE FROM course_version_file WHERE course_version_id = ?", version); // as loaded before V19

        assertThatThrownBy(() -> drafts.startFromLatest(trainer, courseKey)).isInstanceOf(AuthoringException.class)
                .hasMessageContaining("cannot be drafted from");
        assertThat(loader.loadAll(curriculumRoot)).singleElement().extracting(CourseLoadOutcome::status)
                .isEqualTo(CourseLoadOutcome.Status.UNCHANGED);

        assertThat(drafts.files(trainer, drafts.startFromLatest(trainer, courseKey))).containsKeys("course.yaml", "modules/01-basics/01-welcome.md");
    }

    @Test
    void aPublishedLessonImageIsServedPubliclyWithItsTypeAndTheLessonPointsAtIt() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
        long draft = drafts.startFromLatest(trainer, courseKey);
        drafts.save(trainer, draft, "modules/01-basics/images/phone.png", png, 0);
        edit(draft, "modules/01-basics/01-welcome.md", "See [the guide]", "![A phone](images/phone.png)\n\nSee [the guide]");
        PublishOutcome outcome = drafts.publish(trainer, draft, VersionBump.MINOR);
        assertThat(outcome.problems()).isEmpty();
        long version = outcome.courseVersionId();

        var content = context.getBean(org.peercert.curriculum.CourseContent.class);
        long lessonId = content.structure(version).orElseThrow().modules().getFirst().lessons().getFirst().id();
        String url = "/course-files/" + version + "/modules/01-basics/images/phone.png";
        assertThat(content.lesson(version, lessonId).orElseThrow().html()).contains("<img src=\"" + url + "\" alt=\"A phone\">");

        var mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders
                .webAppContextSetup((org.springframework.web.context.WebApplicationContext) context)
                .addFilters(context.getBean("springSecurityFilterChain", jakarta.servlet.Filter.class)).build();
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000");
        assertThat(response.getContentAsByteArray()).isEqualTo(png);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url.replace("phone", "other")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    // ---- helpers ----

    private void edit(long draft, String path, String from, String to) {
        DraftFile file = drafts.files(trainer, draft).get(path);
        assertThat(file.text()).contains(from);
        drafts.save(trainer, draft, path, file.text().replace(from, to).getBytes(StandardCharsets.UTF_8), file.revision());
    }

    private byte[] export(long actor, long versionId) {
        var out = new ByteArrayOutputStream();
        archives.exportVersion(actor, versionId, out);
        return out.toByteArray();
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AuthoringException.class,
                e -> assertThat(e.reason()).isEqualTo(AuthoringException.Reason.FORBIDDEN));
    }

    interface ZipWriter {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] zip(ZipWriter writer) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            writer.write(out);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
