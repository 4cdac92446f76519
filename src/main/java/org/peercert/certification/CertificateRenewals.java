package org.peercert.certification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.peercert.certification.status.StatusListIndexes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseCatalog.CourseOverview;
import org.peercert.learning.CompetencyScore;
import org.peercert.learning.LearningException;
import org.peercert.learning.RefresherCompleted;
import org.peercert.learning.Refreshers;
import org.peercert.learning.RenewalOffers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewal: from the course's {@code renewal.opens_days_before} before expiry until the expiry day, the holder of a
 * current certificate may start the refresher (learning runs it); passing it issues a new certificate. The renewed
 * certificate is never updated: it stays valid until its own expiry, its verification shows "renewed — see the new
 * id" and expiry reminders stop (both read the new certificate's {@code renews}). The new expiry counts from the
 * later of the old expiry and the renewal date, so renewing early costs the holder no days.
 */
@Service
public class CertificateRenewals implements RenewalOffers {

    private final CertificateRepository certificates;
    private final CourseCatalog catalog;
    private final Refreshers refreshers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StatusListIndexes statusListIndexes;
    private final CertificateService service;
    private final Counter issuedRenewal;

    CertificateRenewals(CertificateRepository certificates, CourseCatalog catalog, Refreshers refreshers,
            ApplicationEventPublisher events, Clock clock, StatusListIndexes statusListIndexes, CertificateService service,
            MeterRegistry meters) {
        this.issuedRenewal = meters.counter(CertificateService.ISSUED_METRIC, "kind", "renewal");
        this.service = service;
        this.statusListIndexes = statusListIndexes;
        this.certificates = certificates;
        this.catalog = catalog;
        this.refreshers = refreshers;
        this.events = events;
        this.clock = clock;
    }

    /** The renewal the holder may take today for this certificate of theirs, if any. */
    @Transactional(readOnly = true)
    public Optional<RenewalOffer> offer(long userId, String certificateId) {
        return certificates.findById(certificateId).filter(c -> Objects.equals(c.userId(), userId)).flatMap(this::offer);
    }

    /** The course home's question: the enrollment's current certificate, when its renewal window is open. */
    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> openFor(long userId, long enrollmentId) {
        return certificates.findByUserIdOrderByIssuedAtDesc(userId).stream().filter(c -> c.enrollmentId() == enrollmentId)
                .map(this::offer).flatMap(Optional::stream).findFirst().map(RenewalOffer::expiresOn);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> startedRefresherFor(long userId, long enrollmentId) {
        return certificates.findByUserIdOrderByIssuedAtDesc(userId).stream().filter(c -> c.enrollmentId() == enrollmentId)
                .map(this::offer).flatMap(Optional::stream).findFirst().map(RenewalOffer::refresherId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> renewalOf(long userId, String certificateId) {
        return certificates.findByRenews(certificateId).filter(c -> Objects.equals(c.userId(), userId)).map(Certificate::id);
    }

    /** Starts (or resumes) the refresher; refused outside the window or for another's certificate. */
    @Transactional
    public long start(long userId, String certificateId) {
        Certificate certificate = certificates.findById(certificateId).filter(c -> Objects.equals(c.userId(), userId))
                .orElseThrow(() -> new LearningException(LearningException.Reason.NOT_FOUND, "No such certificate."));
        if (offer(certificate).isEmpty()) {
            throw new LearningException(LearningException.Reason.LOCKED, "This certificate cannot be renewed now.");
        }
        return refreshers.start(userId, certificate.courseKey(), certificateId);
    }

    /**
     * Issues the renewal certificate, once per renewed certificate (a redelivered or racing event meets the
     * unique key on {@code renews}). The refresher may end after the old expiry: it was started in the window.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<String> issue(RefresherCompleted passed) {
        Optional<Certificate> existing = certificates.findByRenews(passed.renewsCertificateId());
        if (existing.isPresent()) {
            return Optional.of(existing.get().id());
        }
        Certificate old = certificates.findById(passed.renewsCertificateId()).orElseThrow();
        if (!Objects.equals(old.userId(), passed.userId()) || old.status(today()) == CertificateStatus.REVOKED) {
            return Optional.empty(); // the holder left, or an admin revoked it meanwhile: nothing to renew
        }
        CourseOverview course = catalog.courseVersion(passed.courseVersionId()).orElseThrow();
        LocalDate issuedOn = LocalDate.ofInstant(passed.completedAt(), ZoneOffset.UTC);
        LocalDate from = old.expiresOn().isAfter(issuedOn) ? old.expiresOn() : issuedOn;
        Certificate renewal = old.renewedAs(CertificateId.random(), course.versionId(), course.title(), course.version(),
                passed.ceHours(), issuedOn, from.plusMonths(course.validityMonths()), clock.instant(), scores(old, course, passed));
        byte[] signed = service.signedPdf(renewal); // before the rows' locks
        certificates.saveAndFlush(renewal);
        statusListIndexes.assign(renewal.id());
        service.storePdf(renewal.id(), signed);
        events.publishEvent(new CertificateIssued(renewal.id(), passed.userId(), renewal.enrollmentId()));
        events.publishEvent(new CertificateChanged(old.id()));
        issuedRenewal.increment();
        return Optional.of(renewal.id());
    }

    /** Before = the renewed certificate's final score for the competency, after = the refresher's check. */
    private static List<CertificateScore> scores(Certificate old, CourseOverview course, RefresherCompleted passed) {
        return course.competencies().stream().filter(c -> passed.checkPercent().containsKey(c.key())).map(c -> {
            double post = passed.checkPercent().get(c.key());
            double before = old.scores().stream().map(CertificateScore::toScore).filter(s -> s.key().equals(c.key()))
                    .map(CompetencyScore::post).findFirst().orElse(post);
            return new CertificateScore(new CompetencyScore(c.key(), c.title(), before, post));
        }).toList();
    }

    private Optional<RenewalOffer> offer(Certificate c) {
        LocalDate today = today();
        if (c.status(today) != CertificateStatus.VALID || certificates.findByRenews(c.id()).isPresent()) {
            return Optional.empty();
        }
        return catalog.publishedCourse(c.courseKey()).flatMap(course -> catalog.renewalPlan(course.versionId()))
                .map(plan -> c.expiresOn().minusDays(plan.opensDaysBefore()))
                .filter(opensOn -> !today.isBefore(opensOn))
                .map(opensOn -> new RenewalOffer(c.id(), c.courseTitle(), opensOn, c.expiresOn(),
                        refreshers.forCertificate(Objects.requireNonNull(c.userId()), c.id()).orElse(null)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
