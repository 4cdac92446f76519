package org.peercert.certification;

import org.peercert.learning.CourseCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues the certificate when a course is completed. The publication registry may deliver the event
 * again (a retry after a crash, a resubmission): issuing is idempotent per enrollment, and two deliveries
 * racing each other meet at the unique key, where the loser simply finds the certificate already there.
 */
@Component
class CertificateIssuer {

    private static final Logger log = LoggerFactory.getLogger(CertificateIssuer.class);

    private final CertificateService certificates;

    CertificateIssuer(CertificateService certificates) {
        this.certificates = certificates;
    }

    @ApplicationModuleListener
    void on(CourseCompleted completed) {
        try {
            certificates.issue(completed);
        } catch (DataIntegrityViolationException e) {
            log.debug("Certificate for enrollment {} was issued by a concurrent delivery", completed.enrollmentId());
        }
    }
}
