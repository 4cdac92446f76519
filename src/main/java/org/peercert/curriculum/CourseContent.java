package org.peercert.curriculum;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.peercert.assessment.QuestionBank;
import org.peercert.curriculum.internal.LessonRenderer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to loaded course versions for the learning flow. Versions are immutable, so they are cached. */
@Service
public class CourseContent {

    private final CourseVersionRepository versions;
    private final QuestionBank questions;
    private final CourseVersionFiles versionFiles;
    private final Map<Long, CourseStructure> structures = new ConcurrentHashMap<>();
    private final Map<Long, LessonPage> lessons = new ConcurrentHashMap<>();

    CourseContent(CourseVersionRepository versions, QuestionBank questions, CourseVersionFiles versionFiles) {
        this.versions = versions;
        this.questions = questions;
        this.versionFiles = versionFiles;
    }

    private int questionMinutes(long versionId, String quizKey) {
        return (int) questions.count(versionId, quizKey) * StudyTime.MINUTES_PER_QUESTION;
    }

    @Transactional(readOnly = true)
    public Optional<CourseStructure> structure(long versionId) {
        CourseStructure cached = structures.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<CourseStructure> loaded = versions.findById(versionId).map(this::toStructure);
        loaded.ifPresent(s -> structures.put(versionId, s));
        return loaded;
    }

    /** A lesson of the given version, rendered; empty when the lesson is not part of that version. */
    @Transactional(readOnly = true)
    public Optional<LessonPage> lesson(long versionId, long lessonId) {
        LessonPage cached = lessons.get(lessonId);
        if (cached == null) {
            cached = versions.findById(versionId).flatMap(v -> v.getModules().stream()
                    .flatMap(m -> m.getLessons().stream().filter(l -> l.getId() == lessonId)
                            .map(l -> new LessonPage(lessonId, versionId, m.getKey(), l.getTitle(), l.getMinutes(),
                                    render(versionId, m.getKey(), l.getMarkdown()))))
                    .findFirst()).orElse(null);
            if (cached == null) {
                return Optional.empty();
            }
            lessons.put(lessonId, cached);
        }
        return cached.versionId() == versionId ? Optional.of(cached) : Optional.empty();
    }

    /** Lesson images point at the version's stored files; a version without stored files renders without them. */
    private String render(long versionId, String moduleKey, String markdown) {
        return versionFiles.moduleFolder(versionId, moduleKey)
                .map(folder -> LessonRenderer.toHtml(markdown, src -> CourseVersionFiles.imageUrl(versionId, folder, src)))
                .orElseGet(() -> LessonRenderer.toHtml(markdown));
    }

    private CourseStructure toStructure(CourseVersion v) {
        long id = v.getId();
        return new CourseStructure(id, v.getCourse().getKey(), v.getTitle(), v.getVersion(), v.getCeHours(),
                v.getLiveHours(), v.getCompletionRule(), questionMinutes(id, QuestionBank.INSTRUMENT),
                v.getInstrumentTitle(), v.getInstrumentInstructions(),
                v.getCompetencies().stream().map(c -> new CourseStructure.CompetencyInfo(c.getKey(), c.getTitle(), c.getDescription())).toList(),
                v.getModules().stream().map(m -> new CourseStructure.ModuleInfo(m.getKey(), m.getTitle(), m.getSummary(), m.getCompetencies(),
                        m.getEstimatedMinutes(), m.getPassMark(), m.getMaxAttempts(), m.getQuizReview(), questionMinutes(id, m.getKey()),
                        m.getLessons().stream().map(l -> new CourseStructure.LessonInfo(l.getId(), l.getSlug(), l.getTitle(), l.getMinutes())).toList()))
                        .toList());
    }
}
