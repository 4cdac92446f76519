package org.peercert.curriculum;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.peercert.assessment.QuestionBank;
import org.peercert.curriculum.format.CourseTree;
import org.peercert.curriculum.format.Definitions;
import org.peercert.practice.PracticeLibrary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes one validated course definition as a new {@link CourseVersion}, or explains why not. */
@Component
class CourseVersionImporter {

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final QuestionBank questionBank;
    private final PracticeLibrary practiceLibrary;
    private final CourseVersionFiles files;
    private final Clock clock;

    CourseVersionImporter(CourseRepository courses, CourseVersionRepository versions, QuestionBank questionBank,
            PracticeLibrary practiceLibrary, CourseVersionFiles files, Clock clock) {
        this.courses = courses;
        this.versions = versions;
        this.questionBank = questionBank;
        this.practiceLibrary = practiceLibrary;
        this.files = files;
        this.clock = clock;
    }

    static String changedContentMessage(String courseKey, String version) {
        return "course '%s' version %s is already loaded with different content: bump the version in course.yaml"
                .formatted(courseKey, version);
    }

    /** Imports the course read from {@code root}, storing root's files with the new version. */
    @Transactional
    public CourseLoadOutcome importCourse(String folder, Definitions.Course definition, Path root) {
        var existing = versions.findByCourseKeyAndVersion(definition.id(), definition.version());
        if (existing.isPresent()) {
            boolean same = existing.get().getContentHash().equals(definition.contentHash());
            long existingId = existing.get().getId();
            if (same && !files.has(existingId)) {
                files.store(existingId, CourseTree.read(root)); // backfill: a version loaded before its files were kept
            }
            return new CourseLoadOutcome(folder, definition.id(), definition.version(),
                    same ? CourseLoadOutcome.Status.UNCHANGED : CourseLoadOutcome.Status.REJECTED,
                    same ? List.of() : List.of(changedContentMessage(definition.id(), definition.version())));
        }
        Course course = courses.findByKey(definition.id()).orElseGet(() -> courses.save(new Course(definition.id(), definition.title())));
        course.setTitle(definition.title());
        var instrument = definition.instrument();
        var rule = definition.completion();
        var version = new CourseVersion(course, definition.version(), definition.contentHash(), definition.title(),
                definition.summary(), definition.locale(), definition.ceHours(), definition.liveHours(), definition.validityMonths(),
                rule.modulePassMark(), new CompletionRule(rule.postTestRequired(), rule.everyLessonRead(),
                        rule.everyPostItemAnswered(), rule.postTestMinPercent(), rule.liveSessionsRequired()), instrument.title(), instrument.instructions(),
                clock.instant());
        if (definition.renewal() != null) {
            version.offerRenewal(new RenewalPlan(definition.renewal().opensDaysBefore(), definition.renewal().moduleIds()));
        }
        definition.competencies().forEach(c -> version.addCompetency(c.id(), c.title(), c.description()));
        for (Definitions.Module m : definition.modules()) {
            CourseModule module = version.addModule(new CourseModule.Details(m.id(), m.title(), m.summary(), m.objectives(),
                    m.competencies(), m.estimatedMinutes(), m.passMark(), m.maxAttempts(), m.quizReview()));
            m.lessons().forEach(l -> module.addLesson(l.slug(), l.title(), l.minutes(), l.markdown()));
        }
        long versionId = versions.saveAndFlush(version).getId();
        files.store(versionId, CourseTree.read(root));
        questionBank.store(versionId, QuestionBank.INSTRUMENT, instrument.items());
        definition.modules().forEach(m -> questionBank.store(versionId, m.id(), m.quiz()));
        definition.modules().forEach(m -> practiceLibrary.store(versionId, m.id(), m.practices()));
        return new CourseLoadOutcome(folder, definition.id(), definition.version(), CourseLoadOutcome.Status.LOADED, List.of());
    }
}
