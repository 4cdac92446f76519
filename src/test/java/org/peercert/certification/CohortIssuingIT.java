package org.peercert.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.learning.CourseCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A cohort of 200 completing at once, each completion delivered twice (as a resubmitting registry would),
 * through the real path: issuer → certificate → CertificateIssued → outbox → SMTP (GreenMail). Every trainee
 * gets exactly one certificate and exactly one "certificate issued" mail with the PDF.
 */
// Its one flake (a 4-min timeout) was the test's own: it published the same event instance twice at once, and the
// registry, which tracks in-flight publications by instance, lost one completion (CohortCompletions.completeAll).
@PeerCertTest
class CohortIssuingIT {

    private static final Logger log = LoggerFactory.getLogger(CohortIssuingIT.class);
    private static final int COHORT = 200;

    @Autowired ApplicationContext context;
    @Autowired CertificateService certificates;
    @Autowired GreenMail smtp;

    @Test
    void aCohortCompletingAtOnceGetsExactlyOneCertificateAndOneMailEach() throws Exception {
        var cohort = new CohortCompletions(context).prepare(COHORT);

        cohort.completeAll(32, 2);

        try {
            await().atMost(Duration.ofSeconds(Long.getLong("peercert.scale-it.wait-seconds", 240)))
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<String, Integer> mails = CohortCompletions.certificateMailsByRecipient(smtp);
                return cohort.completions().stream().allMatch(c -> mails.containsKey(cohort.email(c.userId())))
                        && cohort.outstandingPublications() == 0 && cohort.mailsInFlight() == 0;
            });
        } catch (ConditionTimeoutException e) {
            log.error(cohort.diagnose(smtp)); // which condition stays unmet, and why
            throw e;
        }
        Map<String, Integer> mails = CohortCompletions.certificateMailsByRecipient(smtp);
        for (CourseCompleted c : cohort.completions()) {
            assertThat(certificates.forHolder(c.userId())).as("certificates of trainee " + c.userId()).hasSize(1);
            assertThat(mails.get(cohort.email(c.userId()))).as("certificate mails to " + cohort.email(c.userId())).isEqualTo(1);
        }
    }
}
