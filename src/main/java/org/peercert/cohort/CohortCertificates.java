package org.peercert.cohort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peercert.certification.CertificateDetails;
import org.peercert.certification.CertificateService;
import org.peercert.certification.CertificateStatus;
import org.peercert.platform.SpreadsheetCells;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * A cohort's certificates in one zip for those who run it: every member's certificate PDF exactly as stored at
 * issue (never signed again, never re-dated), named {@code <grouped id>.pdf}, plus {@code certificates.csv} listing
 * every certificate with its status. Revoked certificates are listed but their PDF is left out: the zip is what a
 * trainer hands on, and a revoked one must not travel. Built in the background (a cohort may hold hundreds of
 * PDFs); the zip is held in memory until downloaded (a few MB for a cohort: PDFs are ~100 kB).
 */
@Service
public class CohortCertificates {

    static final String[] HEADER = {"id", "holder_name", "course", "version", "issued", "expires", "status"};
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    /** A running or finished export: {@code done} of {@code total} certificates so far, then the zip. */
    public static final class Export {
        private final AtomicInteger done = new AtomicInteger();
        private final int total;
        private final CompletableFuture<byte[]> zip = new CompletableFuture<>();

        Export(int total) {
            this.total = total;
        }

        public int done() {
            return done.get();
        }

        public int total() {
            return total;
        }

        /** Completes with the zip's bytes, or exceptionally if building it failed. */
        public CompletableFuture<byte[]> zip() {
            return zip;
        }
    }

    private final Cohorts cohorts;
    private final CohortMembers members;
    private final CertificateService certificates;
    private final AsyncTaskExecutor executor;

    CohortCertificates(Cohorts cohorts, CohortMembers members, CertificateService certificates,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.cohorts = cohorts;
        this.members = members;
        this.certificates = certificates;
        this.executor = executor;
    }

    /** Starts the export; {@link CohortException} "not found" unless the actor runs the cohort or is an admin. */
    public Export start(long actorId, long cohortId) {
        cohorts.require(actorId, cohortId);
        List<CertificateDetails> all = certificates.forEnrollments(members.of(cohortId).stream().map(m -> m.enrollmentId()).toList());
        var export = new Export(all.size());
        executor.execute(() -> {
            try {
                export.zip.complete(zip(all, export.done));
            } catch (RuntimeException e) {
                export.zip.completeExceptionally(e);
            }
        });
        return export;
    }

    private byte[] zip(List<CertificateDetails> all, AtomicInteger done) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            var csv = new StringBuilder();
            try (var printer = new CSVPrinter(csv, CSV)) {
                for (CertificateDetails c : all) {
                    if (c.status() != CertificateStatus.REVOKED) {
                        // the grouped id is ours (Crockford base32 and dashes): no path part comes from a user
                        zip.putNextEntry(new ZipEntry(c.groupedId() + ".pdf"));
                        zip.write(certificates.pdf(c.id()));
                        zip.closeEntry();
                    }
                    printer.printRecord(c.groupedId(), SpreadsheetCells.inert(c.holderName() == null ? "" : c.holderName()),
                            SpreadsheetCells.inert(c.courseTitle()), SpreadsheetCells.inert(c.courseVersion()), c.issuedOn(),
                            c.expiresOn(), c.status());
                    done.incrementAndGet();
                }
            }
            zip.putNextEntry(new ZipEntry("certificates.csv"));
            zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
