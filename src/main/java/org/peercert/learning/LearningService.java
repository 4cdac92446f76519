package org.peercert.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peercert.assessment.Answer;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.AttemptResult;
import org.peercert.assessment.AttemptService;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.AttemptSummary;
import org.peercert.assessment.Grade;
import org.peercert.assessment.QuestionBank;
import org.peercert.assessment.ReviewOption;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseContent;
import org.peercert.curriculum.CourseStructure;
import org.peercert.curriculum.LessonPage;
import org.peercert.learning.CourseHome.ModuleProgress;
import org.peercert.learning.CourseHome.ModuleStatus;
import org.peercert.learning.CourseHome.StepStatus;
import org.peercert.learning.LearningException.Reason;
import org.peercert.practice.PracticeAttemptSummary;
import org.peercert.practice.PracticeService;
import org.peercert.practice.PracticeStanding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainee's journey, enforcing the course rules (see {@link ProgressCalculator}). Every call names
 * the acting user; enrollments of other users are treated as not found.
 */
@Service
public class LearningService {

    /** Below this post-test percent a competency is suggested for review. */
    static final double REVIEW_BELOW = 80;

    private final EnrollmentRepository enrollments;
    private final LessonProgressRepository lessonProgress;
    private final CourseCatalog catalog;
    private final CourseContent content;
    private final AttemptService attempts;
    private final PracticeService practices;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LiveAttendance liveAttendance;

    LearningService(EnrollmentRepository enrollments, LessonProgressRepository lessonProgress, CourseCatalog catalog,
            CourseContent content, AttemptService attempts, PracticeService practices, ApplicationEventPublisher events, Clock clock,
            ObjectProvider<LiveAttendance> liveAttendance) {
        this.enrollments = enrollments;
        this.lessonProgress = lessonProgress;
        this.catalog = catalog;
        this.content = content;
        this.attempts = attempts;
        this.practices = practices;
        this.events = events;
        this.clock = clock;
        this.liveAttendance = liveAttendance.getIfAvailable(() -> (user, version) -> LiveAttendance.Attended.NONE);
    }

    /** Enrolls in the newest published version of the course; enrolling again returns the same enrollment. */
    @Transactional
    public long enroll(long userId, String courseKey) {
        var course = catalog.publishedCourse(courseKey)
                .orElseThrow(() -> new LearningException(Reason.NOT_PUBLISHED, "No published course '" + courseKey + "'."));
        var existing = enrollments.findByUserIdOrderByEnrolledAtDesc(userId).stream()
                .filter(e -> content.structure(e.courseVersionId()).map(s -> s.courseKey().equals(courseKey)).orElse(false))
                .findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        try {
            long id = enrollments.saveAndFlush(new Enrollment(userId, course.versionId(), clock.instant())).id();
            events.publishEvent(new EnrollmentCreated(id, userId, courseKey, course.title(), course.version()));
            return id;
        } catch (DataIntegrityViolationException e) {
            return enrollments.findByUserIdAndCourseVersionId(userId, course.versionId()).orElseThrow().id();
        }
    }

    /**
     * Enrolls in one given published version (a cohort's): enrolling again returns the same enrollment. Unlike
     * {@link #enroll}, an enrollment on another version of the course does not stand in for it.
     */
    @Transactional
    public long enrollInVersion(long userId, long courseVersionId) {
        var existing = enrollments.findByUserIdAndCourseVersionId(userId, courseVersionId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        var course = catalog.courseVersion(courseVersionId)
                .orElseThrow(() -> new LearningException(Reason.NOT_PUBLISHED, "No course version " + courseVersionId + "."));
        try {
            long id = enrollments.saveAndFlush(new Enrollment(userId, courseVersionId, clock.instant())).id();
            events.publishEvent(new EnrollmentCreated(id, userId, course.courseKey(), course.title(), course.version()));
            return id;
        } catch (DataIntegrityViolationException e) {
            return enrollments.findByUserIdAndCourseVersionId(userId, courseVersionId).orElseThrow().id();
        }
    }

    /**
     * Applies the completion rule again after something outside the trainee's own steps changed (attendance
     * marked by a trainer): the first time it is met, {@link CourseCompleted} is published.
     */
    @Transactional
    public void recheckCompletion(long userId, long courseVersionId) {
        enrollments.findByUserIdAndCourseVersionId(userId, courseVersionId)
                .flatMap(e -> enrollments.lockById(e.id()))
                .ifPresent(this::announceIfCompleted);
    }

    private void announceIfCompleted(Enrollment e) {
        CourseHome home = home(e);
        if (home.completed() && e.complete(clock.instant())) {
            events.publishEvent(new CourseCompleted(e.id(), e.userId(), e.courseVersionId(), clock.instant(), scores(e, home.course())));
        }
    }

    /**
     * The live part of the CE hours an enrollment earned: its attended sessions' time, capped at the course's
     * live hours; 0 without attendance (a trainee in no cohort).
     */
    @Transactional(readOnly = true)
    public java.math.BigDecimal attendedLiveHours(long enrollmentId) {
        Enrollment e = enrollments.findById(enrollmentId).orElseThrow();
        int minutes = liveAttendance.attended(e.userId(), e.courseVersionId()).minutes();
        java.math.BigDecimal hours = java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.DOWN);
        return hours.min(structure(e).liveHours());
    }

    @Transactional(readOnly = true)
    public List<EnrollmentSummary> enrollments(long userId) {
        return enrollments.findByUserIdOrderByEnrolledAtDesc(userId).stream().map(e -> {
            CourseHome home = home(e);
            return new EnrollmentSummary(e.id(), e.courseVersionId(), home.course().title(), home.course().version(),
                    e.enrolledAt(), e.isCompleted(), home.percentDone());
        }).toList();
    }

    @Transactional(readOnly = true)
    public CourseHome home(long userId, long enrollmentId) {
        return home(owned(enrollmentId, userId));
    }

    private CourseHome home(Enrollment e) {
        CourseStructure course = structure(e);
        Set<Long> done = new HashSet<>();
        lessonProgress.findByEnrollment(e.id()).forEach(p -> done.add(p.lessonId()));
        List<AttemptSummary> all = attempts.attempts(e.userId(), e.courseVersionId());
        Map<String, List<AttemptSummary>> quizzes = all.stream().filter(a -> a.purpose() == AttemptPurpose.QUIZ)
                .collect(Collectors.groupingBy(AttemptSummary::quizKey));
        Map<String, List<PracticeStanding>> practice = practices.standings(e.userId(), e.courseVersionId()).stream()
                .collect(Collectors.groupingBy(PracticeStanding::moduleKey));
        List<AttemptSummary> post = ofPurpose(all, AttemptPurpose.POST_TEST);
        var facts = new ProgressCalculator.Facts(done, ofPurpose(all, AttemptPurpose.PRE_TEST), post, quizzes, practice,
                post.stream().filter(AttemptSummary::submitted).reduce((a, b) -> b).map(a -> postAnswers(a, e.userId())).orElse(null),
                course.completion().liveSessionsRequired() == 0 ? 0 : liveAttendance.attended(e.userId(), e.courseVersionId()).sessions());
        return ProgressCalculator.calculate(e.id(), course, facts);
    }

    private ProgressCalculator.PostAnswers postAnswers(AttemptSummary attempt, long userId) {
        AttemptSheet sheet = attempts.sheet(attempt.id(), userId);
        int answered = (int) sheet.questions().stream().filter(q -> sheet.answers().containsKey(q.key())).count();
        return new ProgressCalculator.PostAnswers(attempt.percent(), answered, sheet.questions().size());
    }

    private static List<AttemptSummary> ofPurpose(List<AttemptSummary> all, AttemptPurpose purpose) {
        return all.stream().filter(a -> a.purpose() == purpose).toList();
    }

    /** A lesson of an open module. */
    @Transactional(readOnly = true)
    public LessonPage lesson(long userId, long enrollmentId, long lessonId) {
        Enrollment e = owned(enrollmentId, userId);
        LessonPage page = content.lesson(e.courseVersionId(), lessonId)
                .orElseThrow(() -> new LearningException(Reason.NOT_FOUND, "No such lesson in this course."));
        requireOpen(home(e), page.moduleKey());
        return page;
    }

    @Transactional
    public void markLessonDone(long userId, long enrollmentId, long lessonId) {
        LessonPage page = lesson(userId, enrollmentId, lessonId);
        var key = new LessonProgress.Key(enrollmentId, page.id());
        if (!lessonProgress.existsById(key)) {
            lessonProgress.save(new LessonProgress(enrollmentId, page.id(), clock.instant()));
        }
    }

    @Transactional
    public AttemptSummary startPreTest(long userId, long enrollmentId) {
        Enrollment e = owned(enrollmentId, userId);
        return attempts.startOrResume(userId, e.courseVersionId(), QuestionBank.INSTRUMENT, AttemptPurpose.PRE_TEST, 1);
    }

    @Transactional
    public AttemptSummary startQuiz(long userId, long enrollmentId, String moduleKey) {
        Enrollment e = owned(enrollmentId, userId);
        ModuleProgress module = requireOpen(home(e), moduleKey);
        return attempts.startOrResume(userId, e.courseVersionId(), moduleKey, AttemptPurpose.QUIZ, module.module().maxAttempts());
    }

    /** Starts (or resumes) a skill practice of an open module; a practice already done starts a replay. */
    @Transactional
    public PracticeAttemptSummary startPractice(long userId, long enrollmentId, String practiceKey) {
        Enrollment e = owned(enrollmentId, userId);
        CourseHome home = home(e);
        String moduleKey = home.modules().stream().filter(m -> m.practices().stream().anyMatch(p -> p.practiceKey().equals(practiceKey)))
                .map(m -> m.module().key()).findFirst()
                .orElseThrow(() -> new LearningException(Reason.NOT_FOUND, "No such practice in this course."));
        requireOpen(home, moduleKey);
        return practices.startOrResume(userId, e.courseVersionId(), practiceKey);
    }

    /**
     * Skill-practice score per competency (title to percent, in course order) from the practice attempts
     * that count. Reported next to the pre/post check, not mixed into it: the check measures change.
     */
    @Transactional(readOnly = true)
    public Map<String, Double> practiceScores(long userId, long enrollmentId) {
        Enrollment e = owned(enrollmentId, userId);
        Map<String, Double> byKey = practices.competencyPercent(userId, e.courseVersionId());
        Map<String, Double> byTitle = new java.util.LinkedHashMap<>();
        structure(e).competencies().stream().filter(c -> byKey.containsKey(c.key()))
                .forEach(c -> byTitle.put(c.title(), byKey.get(c.key())));
        return byTitle;
    }

    @Transactional
    public AttemptSummary startPostTest(long userId, long enrollmentId) {
        Enrollment e = owned(enrollmentId, userId);
        CourseHome home = home(e);
        if (home.postTest() == StepStatus.LOCKED) {
            throw new LearningException(Reason.LOCKED, "The final competency check opens when every module is passed.");
        }
        // a check that fell short of the completion rule is taken again; once it counts, it is done
        int used = attempts.attempts(userId, e.courseVersionId(), QuestionBank.INSTRUMENT, AttemptPurpose.POST_TEST).size();
        return attempts.startOrResume(userId, e.courseVersionId(), QuestionBank.INSTRUMENT, AttemptPurpose.POST_TEST,
                home.postTest() == StepStatus.DONE ? Math.max(1, used) : 0);
    }

    @Transactional(readOnly = true)
    public AttemptSheet sheet(long userId, long enrollmentId, long attemptId) {
        Enrollment e = owned(enrollmentId, userId);
        AttemptSheet sheet = attempts.sheet(attemptId, userId);
        if (sheet.attempt().courseVersionId() != e.courseVersionId()) {
            throw new LearningException(Reason.NOT_FOUND, "No such attempt in this course.");
        }
        return sheet;
    }

    public void saveAnswer(long userId, long attemptId, String questionKey, Answer answer) {
        attempts.saveAnswer(attemptId, userId, questionKey, answer);
    }

    /**
     * Submits an attempt (idempotent) and, after the final competency check, applies the completion rule:
     * the first time it is met, {@link CourseCompleted} is published. A competency check with nothing
     * answered is refused (it stays open): recorded, it would stand as a measurement of 0 %.
     */
    @Transactional
    public AttemptResult submit(long userId, long enrollmentId, long attemptId) {
        Enrollment e = enrollments.lockById(enrollmentId).filter(x -> x.userId() == userId)
                .orElseThrow(() -> new LearningException(Reason.NOT_FOUND, "No such enrollment."));
        refuseEmptyCompetencyCheck(sheet(userId, enrollmentId, attemptId));
        AttemptResult result = attempts.submit(attemptId, userId, e.courseVersionId());
        announceIfCompleted(e);
        return result;
    }

    /** A competency check (not a quiz) submitted with nothing answered would stand as a measurement of 0 %. */
    static void refuseEmptyCompetencyCheck(AttemptSheet sheet) {
        if (!sheet.attempt().submitted() && sheet.attempt().purpose() != AttemptPurpose.QUIZ
                && sheet.answers().values().stream().noneMatch(Answer::given)) {
            throw new LearningException(Reason.NOTHING_ANSWERED,
                    "Answer at least one question before you submit the competency check.");
        }
    }

    /** Every completed enrollment of the user, as it was announced; certification issues certificates from these. */
    @Transactional(readOnly = true)
    public List<CourseCompleted> completions(long userId) {
        return enrollments.findByUserIdOrderByEnrolledAtDesc(userId).stream().filter(Enrollment::isCompleted)
                .map(e -> new CourseCompleted(e.id(), userId, e.courseVersionId(),
                        java.util.Objects.requireNonNull(e.completedAt()), scores(e, structure(e))))
                .toList();
    }

    /**
     * A submitted attempt's grades. For a quiz, right answers, explanations and option feedback only as
     * its review option allows ({@link ReviewOption}): withheld, they never leave the server. The pre-test's
     * never do: its items come back in the post-test, whose results page explains every missed one.
     */
    @Transactional(readOnly = true)
    public AttemptResult result(long userId, long enrollmentId, long attemptId) {
        Enrollment e = owned(enrollmentId, userId);
        AttemptResult result = attempts.result(attemptId, userId);
        boolean shown = switch (result.attempt().purpose()) {
            case PRE_TEST -> false;
            case POST_TEST -> true;
            case QUIZ -> reviewShown(home(e), result.attempt().quizKey());
        };
        if (shown) {
            return result;
        }
        return new AttemptResult(result.attempt(), result.grades().stream().map(Grade::withoutReview).toList(),
                result.competencyPercent());
    }

    /** Whether a module quiz's review may be shown now: per its option, once passed or out of attempts. */
    public boolean reviewShown(long userId, long enrollmentId, String moduleKey) {
        return reviewShown(home(owned(enrollmentId, userId)), moduleKey);
    }

    private static boolean reviewShown(CourseHome home, String moduleKey) {
        return home.modules().stream().filter(m -> m.module().key().equals(moduleKey)).findFirst()
                .map(m -> m.module().quizReview().shows(m.status() == ModuleStatus.PASSED
                        || m.status() == ModuleStatus.NO_ATTEMPTS_LEFT
                        || (m.bestPercent() != null && m.bestPercent() >= m.module().passMark())))
                .orElse(false);
    }

    /** Pre to post per competency, with what to review; scores appear once both checks are done. */
    @Transactional(readOnly = true)
    public CompetencyReport report(long userId, long enrollmentId) {
        Enrollment e = owned(enrollmentId, userId);
        CourseStructure course = structure(e);
        List<CompetencyScore> scores = scores(e, course);
        List<CompetencyReport.Review> review = new ArrayList<>();
        for (CompetencyScore s : scores) {
            if (s.post() < REVIEW_BELOW) {
                review.add(new CompetencyReport.Review(s.title(), s.post(), course.modules().stream()
                        .filter(m -> m.competencies().contains(s.key())).map(CourseStructure.ModuleInfo::title).toList()));
            }
        }
        List<CompetencyReport.Missed> missed = lastSubmitted(e, AttemptPurpose.POST_TEST).map(a -> {
            List<Grade> grades = attempts.result(a.id(), e.userId()).grades();
            var shown = attempts.sheet(a.id(), e.userId()).questions();
            List<CompetencyReport.Missed> items = new ArrayList<>();
            for (int i = 0; i < grades.size(); i++) {
                if (!grades.get(i).fullyCorrect()) {
                    items.add(new CompetencyReport.Missed(shown.get(i), grades.get(i)));
                }
            }
            return items;
        }).orElse(List.of());
        return new CompetencyReport(e.id(), course.title(), e.isCompleted(), scores, review, missed);
    }

    private List<CompetencyScore> scores(Enrollment e, CourseStructure course) {
        var pre = lastSubmitted(e, AttemptPurpose.PRE_TEST).map(a -> attempts.competencyPercent(a.id(), e.userId()));
        var post = lastSubmitted(e, AttemptPurpose.POST_TEST).map(a -> attempts.competencyPercent(a.id(), e.userId()));
        if (pre.isEmpty() || post.isEmpty()) {
            return List.of();
        }
        return course.competencies().stream().filter(c -> pre.get().containsKey(c.key()))
                .map(c -> new CompetencyScore(c.key(), c.title(), pre.get().get(c.key()), post.get().getOrDefault(c.key(), 0.0)))
                .toList();
    }

    private java.util.Optional<AttemptSummary> lastSubmitted(Enrollment e, AttemptPurpose purpose) {
        return attempts.attempts(e.userId(), e.courseVersionId(), QuestionBank.INSTRUMENT, purpose).stream()
                .filter(AttemptSummary::submitted).reduce((a, b) -> b);
    }

    private static ModuleProgress requireOpen(CourseHome home, String moduleKey) {
        ModuleProgress module = home.modules().stream().filter(m -> m.module().key().equals(moduleKey)).findFirst()
                .orElseThrow(() -> new LearningException(Reason.NOT_FOUND, "No such module in this course."));
        if (module.status() == ModuleStatus.LOCKED) {
            throw new LearningException(Reason.LOCKED, home.preTest() == StepStatus.DONE
                    ? "This module opens when you pass the one before it."
                    : "Take the starting competency check first: it opens module 1.");
        }
        return module;
    }

    private CourseStructure structure(Enrollment e) {
        return content.structure(e.courseVersionId()).orElseThrow();
    }

    private Enrollment owned(long enrollmentId, long userId) {
        return enrollments.findById(enrollmentId).filter(e -> e.userId() == userId)
                .orElseThrow(() -> new LearningException(Reason.NOT_FOUND, "No such enrollment."));
    }
}
