package org.peercert.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateId;
import org.peercert.certification.CertificateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Issue #15 item 6: a cohort's certificates as one zip of the stored PDFs plus a CSV, for those who run it. */
@PeerCertTest
public class CohortCertificatesTest {

    @Autowired ApplicationContext context;
    @Autowired CohortCertificates bulk;
    @Autowired CertificateService certificates;

    @Test
    void theZipHoldsExactlyTheMembersStoredPdfsByteForByteAndTheCsvListsEveryCertificateWithItsStatus() throws Exception {
        var f = new CohortFixtures(context);
        var issuing = new CertificateFixtures(context);
        long trainer = f.trainer("Tess Trainer");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());
        long ana = f.trainee("Ana López");
        long ben = f.trainee("Ben Okafor");
        long cy = f.trainee("Cy Revoked");
        String anaCert = issuing.issueFor(ana, f.join(trainer, cohort.getId(), ana));
        String benCert = issuing.issueFor(ben, f.join(trainer, cohort.getId(), ben));
        String cyCert = issuing.issueFor(cy, f.join(trainer, cohort.getId(), cy));
        certificates.revoke(cyCert, "Issued in error", "admin@example.org");
        byte[] anaPdf = certificates.pdf(anaCert);

        var export = bulk.start(trainer, cohort.getId());
        byte[] zip = export.zip().get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(export.done()).isEqualTo(3);
        assertThat(export.total()).isEqualTo(3);
        Map<String, byte[]> entries = entries(zip);
        assertThat(entries.keySet()).containsExactlyInAnyOrder(CertificateId.grouped(anaCert) + ".pdf",
                CertificateId.grouped(benCert) + ".pdf", "certificates.csv");
        assertThat(entries.get(CertificateId.grouped(anaCert) + ".pdf")).isEqualTo(anaPdf);
        assertThat(entries.get(CertificateId.grouped(benCert) + ".pdf")).isEqualTo(certificates.pdf(benCert));

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(entries.get("certificates.csv"), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(r -> r.get("id") + " " + r.get("holder_name") + " " + r.get("status")).containsExactlyInAnyOrder(
                CertificateId.grouped(anaCert) + " Ana López VALID", CertificateId.grouped(benCert) + " Ben Okafor VALID",
                CertificateId.grouped(cyCert) + " Cy Revoked REVOKED");
        var details = certificates.find(anaCert).orElseThrow();
        assertThat(rows).filteredOn(r -> r.get("id").equals(CertificateId.grouped(anaCert))).singleElement().satisfies(r -> {
            assertThat(r.get("course")).isEqualTo(details.courseTitle());
            assertThat(r.get("version")).isEqualTo(details.courseVersion());
            assertThat(r.get("issued")).isEqualTo(details.issuedOn().toString());
            assertThat(r.get("expires")).isEqualTo(details.expiresOn().toString());
        });
    }

    @Test
    void aTrainerWhoDoesNotRunTheCohortIsRefusedAndAnAdminIsNot() throws Exception {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Own Trainer");
        long stranger = f.trainer("Other Trainer");
        Cohort cohort = f.cohort(trainer, f.dpscVersion());

        assertThatThrownBy(() -> bulk.start(stranger, cohort.getId())).isInstanceOf(CohortException.class);
        assertThatThrownBy(() -> bulk.start(f.trainee("Tina Trainee"), cohort.getId())).isInstanceOf(CohortException.class);
        byte[] empty = bulk.start(f.admin(), cohort.getId()).zip().get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(entries(empty).keySet()).containsExactly("certificates.csv");
    }

    public static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
