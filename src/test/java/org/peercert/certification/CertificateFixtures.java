package org.peercert.certification;

import java.time.Instant;
import java.util.List;
import org.peercert.EmailConfirmations;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.learning.CompetencyScore;
import org.peercert.learning.CourseCompleted;
import org.peercert.learning.LearningService;
import org.springframework.context.ApplicationContext;

/**
 * Certificates for tests in any package: a new trainee with a confirmed email, enrolled in the DPSC course,
 * whose completion is handed straight to the issuer (the full journey is covered by {@code CertificateIssuingIT}).
 */
public final class CertificateFixtures {

    public static final List<CompetencyScore> SCORES = List.of(
            new CompetencyScore("rights", "Protecting service users' rights", 40, 90),
            new CompetencyScore("sms-support", "Supporting people by text message", 25, 75));

    public record Issued(long userId, long enrollmentId, String id, CourseCompleted event) {}

    private final ApplicationContext context;

    public CertificateFixtures(ApplicationContext context) {
        this.context = context;
    }

    public Issued issue(String holderName) {
        return issue(holderName, Instant.now());
    }

    /** A certificate completed at the given time (in the past for an expired one). */
    public Issued issue(String holderName, Instant completedAt) {
        return issue(holderName, completedAt, "en");
    }

    /** ... for a holder whose account is in the given language ("en", "es"). */
    public Issued issue(String holderName, Instant completedAt, String locale) {
        CourseCompleted event = completion(holderName, completedAt, locale);
        String id = context.getBean(CertificateService.class).issue(event).orElseThrow();
        return new Issued(event.userId(), event.enrollmentId(), id, event);
    }

    /** A certificate for an existing trainee's enrollment, completed now; the trainee's email gets confirmed first. */
    public String issueFor(long userId, long enrollmentId) {
        return issueFor(userId, enrollmentId, context.getBean(CourseCatalog.class).publishedCourse("dpsc").orElseThrow().versionId());
    }

    /** ... of an enrollment in the given course version (its course must have the {@link #SCORES} competencies). */
    public String issueFor(long userId, long enrollmentId, long courseVersionId) {
        EmailConfirmations.confirm(context, userId);
        return context.getBean(CertificateService.class)
                .issue(new CourseCompleted(enrollmentId, userId, courseVersionId, Instant.now(), SCORES)).orElseThrow();
    }

    public CourseCompleted completion(String holderName, Instant completedAt) {
        return completion(holderName, completedAt, "en");
    }

    public CourseCompleted completion(String holderName, Instant completedAt, String locale) {
        long user = context.getBean(AccountService.class)
                .registerTrainee(new Registration(holderName, TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, locale))
                .getId();
        EmailConfirmations.confirm(context, user);
        long enrollment = context.getBean(LearningService.class).enroll(user, "dpsc");
        long version = context.getBean(CourseCatalog.class).publishedCourse("dpsc").orElseThrow().versionId();
        return new CourseCompleted(enrollment, user, version, completedAt, SCORES);
    }
}
