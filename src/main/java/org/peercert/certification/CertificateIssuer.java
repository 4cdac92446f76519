package org.peercert.certification;

import org.peercert.account.EmailConfirmed;
import org.peercert.learning.CourseCompleted;
import org.peercert.learning.LearningService;
import org.peercert.learning.RefresherCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Issues the certificate when a course is completed by a trainee whose email is confirmed, or, for a
 * trainee who completed before confirming, when the email is confirmed. The publication registry may
 * deliver an event again (a retry after a crash, a resubmission) and both events may arrive for one
 * enrollment: issuing is idempotent per enrollment, and two deliveries racing each other meet at the unique
 * key, where the loser simply finds the certificate already there. No completion is missed between the
 * two: whichever listener runs after the confirmation committed sees it. A passed refresher issues the
 * renewal certificate, idempotent per renewed certificate in the same way.
 */
@Component
class CertificateIssuer {

    private static final Logger log = LoggerFactory.getLogger(CertificateIssuer.class);

    private final CertificateService certificates;
    private final LearningService learning;
    private final CertificateRenewals renewals;

    CertificateIssuer(CertificateService certificates, LearningService learning, CertificateRenewals renewals) {
        this.certificates = certificates;
        this.renewals = renewals;
        this.learning = learning;
    }

    // No transaction of the listener's own (NOT_SUPPORTED): issue() runs in its own, and a listener holding
    // one connection while waiting for a second starved the pool (10) when a cohort completed at once:
    // every connection held by a waiting listener, the rest timing out, certificates not issued (CohortIssuingIT).
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CourseCompleted completed) {
        issue(completed);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(EmailConfirmed confirmed) {
        learning.completions(confirmed.userId()).forEach(this::issue);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RefresherCompleted passed) {
        try {
            renewals.issue(passed);
        } catch (DataIntegrityViolationException e) {
            log.debug("Renewal of certificate {} was issued by a concurrent delivery", passed.renewsCertificateId());
        }
    }

    private void issue(CourseCompleted completed) {
        try {
            certificates.issue(completed);
        } catch (DataIntegrityViolationException e) {
            log.debug("Certificate for enrollment {} was issued by a concurrent delivery", completed.enrollmentId());
        }
    }
}
