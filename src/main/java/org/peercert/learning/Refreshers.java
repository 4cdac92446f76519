package org.peercert.learning;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.Answer;
import org.peercert.assessment.AttemptResult;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.AttemptService;
import org.peercert.assessment.AttemptSummary;
import org.peercert.assessment.QuestionBank;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseContent;
import org.peercert.curriculum.CourseStructure;
import org.peercert.curriculum.RenewalPlan;
import org.peercert.curriculum.StudyTime;
import org.peercert.learning.LearningException.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The refresher that renews a certificate (course.yaml {@code renewal}). Certification decides who may start
 * one (its own certificate, inside the renewal window); this runs it on the newest published course version,
 * with the ordinary attempt engine. Attempts count from the refresher's start, with no attempt limit: a
 * refresher is practice the holder repeats until it is passed. Passing publishes {@link RefresherCompleted} once.
 */
@Service
public class Refreshers {

    private final RefresherRepository refreshers;
    private final CourseCatalog catalog;
    private final CourseContent content;
    private final AttemptService attempts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Refreshers(RefresherRepository refreshers, CourseCatalog catalog, CourseContent content, AttemptService attempts,
            ApplicationEventPublisher events, Clock clock) {
        this.refreshers = refreshers;
        this.catalog = catalog;
        this.content = content;
        this.attempts = attempts;
        this.events = events;
        this.clock = clock;
    }

    /** Starts (or returns) the refresher for the certificate; certification has checked the holder may renew. */
    @Transactional
    public long start(long userId, String courseKey, String certificateId) {
        Optional<Refresher> existing = refreshers.findByCertificateId(certificateId);
        if (existing.isPresent()) {
            return owned(existing.get().id(), userId).id();
        }
        var course = catalog.publishedCourse(courseKey)
                .orElseThrow(() -> new LearningException(Reason.NOT_PUBLISHED, "No published course '" + courseKey + "'."));
        if (catalog.renewalPlan(course.versionId()).isEmpty()) {
            throw new LearningException(Reason.NOT_FOUND, "This course offers no renewal.");
        }
        try {
            return refreshers.saveAndFlush(new Refresher(userId, course.versionId(), certificateId, clock.instant())).id();
        } catch (DataIntegrityViolationException e) {
            return refreshers.findByCertificateId(certificateId).orElseThrow().id();
        }
    }

    /** The refresher already started for a certificate, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> forCertificate(long userId, String certificateId) {
        return refreshers.findByCertificateId(certificateId).filter(r -> r.userId() == userId).map(Refresher::id);
    }

    @Transactional(readOnly = true)
    public RefresherProgress progress(long userId, long refresherId) {
        return progress(owned(refresherId, userId));
    }

    @Transactional
    public AttemptSummary startQuiz(long userId, long refresherId, String moduleKey) {
        Refresher r = owned(refresherId, userId);
        if (progress(r).modules().stream().noneMatch(m -> m.moduleKey().equals(moduleKey))) {
            throw new LearningException(Reason.NOT_FOUND, "No such module in this refresher.");
        }
        return attempts.startOrResume(userId, r.courseVersionId(), moduleKey, AttemptPurpose.QUIZ, 0);
    }

    /** The knowledge check opens once every refresher module's quiz is passed again. */
    @Transactional
    public AttemptSummary startCheck(long userId, long refresherId) {
        Refresher r = owned(refresherId, userId);
        if (!progress(r).checkOpen()) {
            throw new LearningException(Reason.LOCKED, "The knowledge check opens when every refresher module is passed.");
        }
        return attempts.startOrResume(userId, r.courseVersionId(), QuestionBank.INSTRUMENT, AttemptPurpose.POST_TEST, 0);
    }

    /** An attempt of this refresher as shown to the holder (questions without any key, and the saved answers). */
    @Transactional(readOnly = true)
    public AttemptSheet sheet(long userId, long refresherId, long attemptId) {
        Refresher r = owned(refresherId, userId);
        AttemptSheet sheet = attempts.sheet(attemptId, userId);
        if (sheet.attempt().courseVersionId() != r.courseVersionId() || sheet.attempt().startedAt().isBefore(r.startedAt())) {
            throw new LearningException(Reason.NOT_FOUND, "No such attempt in this refresher.");
        }
        return sheet;
    }

    /** Saves one answer of a refresher attempt as it is given (refused once the attempt is submitted). */
    @Transactional
    public void saveAnswer(long userId, long refresherId, long attemptId, String questionKey, Answer answer) {
        sheet(userId, refresherId, attemptId);
        attempts.saveAnswer(attemptId, userId, questionKey, answer);
    }

    /** Submits a refresher attempt; the first time the refresher is passed, {@link RefresherCompleted} is published. */
    @Transactional
    public AttemptResult submit(long userId, long refresherId, long attemptId) {
        Refresher r = refreshers.lockById(refresherId).filter(x -> x.userId() == userId)
                .orElseThrow(() -> new LearningException(Reason.NOT_FOUND, "No such refresher."));
        // only this refresher's own attempts (not the course's earlier ones), and no empty knowledge check
        LearningService.refuseEmptyCompetencyCheck(sheet(userId, refresherId, attemptId));
        AttemptResult result = attempts.submit(attemptId, userId, r.courseVersionId());
        RefresherProgress progress = progress(r);
        if (progress.completed() && r.complete(clock.instant())) {
            CourseStructure course = structure(r);
            AttemptSummary check = lastCheck(r).orElseThrow();
            events.publishEvent(new RefresherCompleted(r.id(), userId, r.courseVersionId(), r.certificateId(), clock.instant(),
                    hours(course, plan(r)), attempts.competencyPercent(check.id(), userId)));
        }
        return result;
    }

    private RefresherProgress progress(Refresher r) {
        CourseStructure course = structure(r);
        List<RefresherProgress.ModuleStep> steps = plan(r).moduleKeys().stream()
                .flatMap(key -> course.module(key).stream())
                .map(m -> new RefresherProgress.ModuleStep(m.key(), m.title(), since(r, m.key(), AttemptPurpose.QUIZ).stream()
                        .anyMatch(a -> a.submitted() && a.percent() >= m.passMark())))
                .toList();
        boolean checkOpen = steps.stream().allMatch(RefresherProgress.ModuleStep::passed);
        boolean checkPassed = checkOpen && lastCheck(r)
                .filter(a -> a.percent() >= course.completion().postTestMinPercent()).isPresent();
        return new RefresherProgress(r.id(), r.certificateId(), r.courseVersionId(), course.title(), steps, checkOpen, checkPassed,
                checkPassed);
    }

    private Optional<AttemptSummary> lastCheck(Refresher r) {
        return since(r, QuestionBank.INSTRUMENT, AttemptPurpose.POST_TEST).stream().filter(AttemptSummary::submitted)
                .reduce((a, b) -> b);
    }

    /** The attempts of this refresher: those started since it began (the course's own came before). */
    private List<AttemptSummary> since(Refresher r, String quizKey, AttemptPurpose purpose) {
        return attempts.attempts(r.userId(), r.courseVersionId(), quizKey, purpose).stream()
                .filter(a -> !a.startedAt().isBefore(r.startedAt())).toList();
    }

    /** The refresher's study time: its modules plus one competency check. */
    private static java.math.BigDecimal hours(CourseStructure course, RenewalPlan plan) {
        int minutes = plan.moduleKeys().stream().flatMap(key -> course.module(key).stream())
                .mapToInt(CourseStructure.ModuleInfo::estimatedMinutes).sum() + course.checkMinutes();
        return StudyTime.hours(minutes);
    }

    private RenewalPlan plan(Refresher r) {
        return catalog.renewalPlan(r.courseVersionId()).orElseThrow();
    }

    private CourseStructure structure(Refresher r) {
        return content.structure(r.courseVersionId()).orElseThrow();
    }

    private Refresher owned(long refresherId, long userId) {
        return refreshers.findById(refresherId).filter(r -> r.userId() == userId)
                .orElseThrow(() -> new LearningException(Reason.NOT_FOUND, "No such refresher."));
    }
}
