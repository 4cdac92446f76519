package org.peercert.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.PeerCertTest;
import org.peercert.assessment.QuestionBank;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

@PeerCertTest
class CurriculumLoaderIntegrationTest {

    @Autowired
    CurriculumLoader loader;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    CourseVersionRepository versions;

    @Autowired
    QuestionBank questionBank;

    @TempDir
    Path curriculumRoot;

    @Test
    void dpscIsLoadedAtStartupWithModulesLessonsAndQuestions() {
        var dpsc = catalog.publishedCourse("dpsc").orElseThrow();
        assertThat(dpsc.title()).isEqualTo("Digital Peer Support Certification");
        assertThat(dpsc.modules()).hasSize(6).allSatisfy(m -> assertThat(m.lessonCount()).isBetween(2, 4));
        assertThat(dpsc.competencies()).extracting(CourseCatalog.CompetencyOverview::key)
                .contains("sms-support", "ema", "goal-setting");
        assertThat(questionBank.count(dpsc.versionId(), QuestionBank.INSTRUMENT)).isGreaterThanOrEqualTo(24);
        assertThat(questionBank.quiz(dpsc.versionId(), "sms")).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(q -> assertThat(q.explanation()).isNotBlank());
    }

    @Test
    void loadingTheSameCurriculumAgainLoadsNothingNew() {
        long before = versions.count();
        var report = loader.loadAll();
        assertThat(report).isNotEmpty().allSatisfy(o -> assertThat(o.status()).isEqualTo(CourseLoadOutcome.Status.UNCHANGED));
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    void changedContentUnderAnUnchangedVersionIsRejectedAndTheLoadedVersionKeepsServing() throws IOException {
        String courseKey = "c" + UUID.randomUUID().toString().substring(0, 8);
        Path course = copyFixture(courseKey);
        assertThat(loader.loadAll(curriculumRoot)).singleElement()
                .extracting(CourseLoadOutcome::status).isEqualTo(CourseLoadOutcome.Status.LOADED);
        String hashBefore = versions.findByCourseKeyAndVersion(courseKey, "1.0.0").orElseThrow().getContentHash();

        Path lesson = course.resolve("modules/01-basics/01-welcome.md");
        Files.writeString(lesson, Files.readString(lesson) + "\nOne more sentence.\n");
        var outcome = loader.loadAll(curriculumRoot).getFirst();

        assertThat(outcome.status()).isEqualTo(CourseLoadOutcome.Status.REJECTED);
        assertThat(outcome.messages()).containsExactly("course '" + courseKey
                + "' version 1.0.0 is already loaded with different content: bump the version in course.yaml");
        assertThat(versions.findByCourseKeyAndVersion(courseKey, "1.0.0").orElseThrow().getContentHash()).isEqualTo(hashBefore);
        assertThat(catalog.publishedCourse(courseKey)).isPresent();
        assertThat(catalog.publishedCourse("dpsc")).isPresent();
    }

    @Test
    void aNewVersionNumberLoadsAlongsideAndBecomesTheCatalogVersion() throws IOException {
        String courseKey = "c" + UUID.randomUUID().toString().substring(0, 8);
        Path course = copyFixture(courseKey);
        loader.loadAll(curriculumRoot);
        Path courseYaml = course.resolve("course.yaml");
        Files.writeString(courseYaml, Files.readString(courseYaml).replace("version: 1.0.0", "version: 1.10.0"));

        assertThat(loader.loadAll(curriculumRoot).getFirst().status()).isEqualTo(CourseLoadOutcome.Status.LOADED);
        assertThat(catalog.publishedCourse(courseKey).orElseThrow().version()).isEqualTo("1.10.0");
    }

    @Test
    void anInvalidCourseIsReportedWithItsProblemsAndOthersStillLoad() throws IOException {
        String good = "c" + UUID.randomUUID().toString().substring(0, 8);
        copyFixture(good);
        Path bad = copyFixture("z" + UUID.randomUUID().toString().substring(0, 8));
        Files.delete(bad.resolve("modules/01-basics/quiz.yaml"));

        var report = loader.loadAll(curriculumRoot);

        assertThat(report).extracting(CourseLoadOutcome::status)
                .containsExactly(CourseLoadOutcome.Status.LOADED, CourseLoadOutcome.Status.REJECTED);
        assertThat(report.get(1).messages()).anySatisfy(m -> assertThat(m).contains("modules/01-basics/quiz.yaml:1: file is missing"));
        assertThat(catalog.publishedCourse(good)).isPresent();
    }

    @Test
    void aCourseWithADeeplyNestedLessonIsRejectedAtItsLineAndTheOtherCourseLoads() throws IOException {
        String good = "c" + UUID.randomUUID().toString().substring(0, 8);
        copyFixture(good);
        Path bad = copyFixture("z" + UUID.randomUUID().toString().substring(0, 8));
        Path lesson = bad.resolve("modules/01-basics/01-welcome.md");
        Files.writeString(lesson, Files.readString(lesson) + "\n" + ">".repeat(100_000) + " deep\n");

        var report = loader.loadAll(curriculumRoot);

        assertThat(report).extracting(CourseLoadOutcome::status)
                .containsExactly(CourseLoadOutcome.Status.LOADED, CourseLoadOutcome.Status.REJECTED);
        assertThat(report.get(1).messages()).singleElement().asString()
                .endsWith("modules/01-basics/01-welcome.md:9: nesting too deep (max 32 levels of quotes, lists, emphasis or links)");
        assertThat(catalog.publishedCourse(good)).isPresent();
    }

    @Test
    void aCourseTheDatabaseRefusesIsRejectedWithTheReasonAndTheOtherCourseLoads() throws IOException {
        Path bad = copyFixture("c" + UUID.randomUUID().toString().substring(0, 8));
        String good = "z" + UUID.randomUUID().toString().substring(0, 8);
        copyFixture(good);
        // valid by the format, but longer than the title column: the import fails in the database
        Path courseYaml = bad.resolve("course.yaml");
        Files.writeString(courseYaml, Files.readString(courseYaml).replaceFirst("(?m)^title: .*$", "title: " + "Long ".repeat(80)));

        var report = loader.loadAll(curriculumRoot);

        assertThat(report).extracting(CourseLoadOutcome::status)
                .containsExactly(CourseLoadOutcome.Status.REJECTED, CourseLoadOutcome.Status.LOADED);
        assertThat(report.getFirst().messages()).singleElement().asString()
                .startsWith(bad.toString().replace('\\', '/') + ": could not be loaded: ").contains("title");
        assertThat(catalog.publishedCourse(good)).isPresent();
    }

    private Path copyFixture(String courseKey) throws IOException {
        Path target = curriculumRoot.resolve(courseKey);
        FileSystemUtils.copyRecursively(Path.of("src/test/resources/curriculum-fixtures/minimal"), target);
        Path courseYaml = target.resolve("course.yaml");
        Files.writeString(courseYaml, Files.readString(courseYaml).replaceFirst("(?m)^id: .*$", "id: " + courseKey));
        return target;
    }
}
