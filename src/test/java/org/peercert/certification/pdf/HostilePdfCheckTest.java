package org.peercert.certification.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.certification.PdfCheckLimits;
import org.peercert.certification.pdf.SignedPdfCheck.Outcome;
import org.peercert.certification.signing.SigningKey;
import org.peercert.certification.signing.TestKeys;
import org.slf4j.LoggerFactory;

/**
 * Files built to hurt the checker get a verdict, not the server's heap, time or stack: the real iText reader
 * on generated hostile PDFs, within the limits the upload check uses.
 */
class HostilePdfCheckTest {

    private static final SigningKey OUR_KEY = TestKeys.newKey();
    private static final long MB = 1024 * 1024;

    private final SignedPdfCheck check = new SignedPdfCheck(OUR_KEY);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLogs() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(logged);
    }

    @Test
    void decompressionBombIsDamagedAndInflatesNoFurtherThanTheBudget() {
        byte[] bomb = HostilePdfs.xrefStreamBomb(512); // half a MB on the wire, 512 MB once inflated
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        var result = check.check(bomb, new PdfCheckLimits(Duration.ofMinutes(1), 16 * MB));

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(result.outcome()).isEqualTo(Outcome.DAMAGED);
        // unbounded, iText allocated about 2.7 GB for this file (5.4 GB for a 1 MB one)
        assertThat(allocated).isLessThan(128 * MB);
    }

    @Test
    void checkThatOutrunsItsTimeBudgetIsDamaged() {
        byte[] authentic = new CertificatePdf(OUR_KEY).signed(certificate());
        assertThat(check.check(authentic).outcome()).isEqualTo(Outcome.AUTHENTIC);

        assertThat(check.check(authentic, new PdfCheckLimits(Duration.ZERO, 16 * MB)).outcome()).isEqualTo(Outcome.DAMAGED);
    }

    @Test
    void ownCertificatePassesWellWithinTheDefaultInflateBudget() {
        byte[] authentic = new CertificatePdf(OUR_KEY).signed(certificate());
        assertThat(check.check(authentic, new PdfCheckLimits(Duration.ofMinutes(1), MB)).outcome()).isEqualTo(Outcome.AUTHENTIC);
    }

    @Test
    void deeplyNestedPdfIsDamagedWithOneLogLineAndNoStackTrace() {
        var result = check.check(HostilePdfs.deeplyNested(HostilePdfs.OVERFLOWING_DEPTH));

        assertThat(result.outcome()).isEqualTo(Outcome.DAMAGED);
        List<ILoggingEvent> mine = logged.list.stream().filter(e -> e.getThreadName().equals(Thread.currentThread().getName()))
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).toList();
        assertThat(mine).singleElement().satisfies(event -> {
            assertThat(event.getLoggerName()).isEqualTo(SignedPdfCheck.class.getName());
            assertThat(event.getFormattedMessage()).contains("nested");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    private static CertificateDocument certificate() {
        String id = "0ABCDEFGHJKMNPQRSTVWXYZ123";
        return new CertificateDocument(id, id, "Nadia Haddad", "Digital Peer Support Certification", "1.0.0",
                new BigDecimal("12"), LocalDate.now(), LocalDate.now().plusYears(2), "http://localhost/verify/" + id, List.of());
    }
}
