package org.peercert.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.account.AccountService;
import org.peercert.account.PersonalDataHolder;
import org.peercert.notification.MailAttachment;
import org.peercert.notification.MailMessage;
import org.peercert.notification.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue #15 item 6 part 1: the signed PDF is stored once at issue and every use serves those bytes. */
@PeerCertTest
class StoredCertificatePdfTest {

    @Autowired ApplicationContext context;
    @Autowired CertificateService certificates;
    @Autowired Outbox outbox;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired CertificatePersonalData personalData;

    @Test
    void twoDownloadsTheMailedAttachmentAndAFreshReadAfterARestartAreTheSameBytes() {
        var issued = new CertificateFixtures(context).issue("Byte Same");
        String email = accounts.findById(issued.userId()).orElseThrow().getEmail();

        byte[] first = certificates.pdf(issued.id());
        assertThat(certificates.pdf(issued.id())).isEqualTo(first);
        assertThat(certificates.pdfForHolder(issued.userId(), issued.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(first));
        MailMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> outbox.sentTo(email).stream()
                .filter(m -> m.getKind().equals("certificate-issued")).findFirst(), java.util.Optional::isPresent).orElseThrow();
        List<MailAttachment> attachments = outbox.attachmentsOf(mail.getId());
        assertThat(attachments).singleElement().satisfies(a -> assertThat(a.content()).isEqualTo(first));
        // a restart: nothing in memory, a new reader on the database
        assertThat(new StoredPdfs(jdbc, clock).find(issued.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(first));
        assertThat(jdbc.queryForObject("SELECT sha256 FROM certificate_pdf WHERE certificate_id = ?", String.class, issued.id()))
                .isEqualTo(StoredPdfs.sha256(first));
    }

    @Test
    void aReissueIsStoredAtIssueBeforeAnyoneDownloadsIt() {
        var issued = new CertificateFixtures(context).issue("Rey Issue");
        String reissued = certificates.reissue(issued.id(), "Rey Issued", "admin@example.org");
        assertThat(new StoredPdfs(jdbc, clock).find(reissued)).hasValueSatisfying(b -> assertThat(b).isEqualTo(certificates.pdf(reissued)));
    }

    @Test
    void aCertificateIssuedBeforeTheStoreGetsItsPdfStoredOnFirstUseThenAlwaysServedFromTheStore() {
        var issued = new CertificateFixtures(context).issue("Old Timer");
        jdbc.update("DELETE FROM certificate_pdf WHERE certificate_id = ?", issued.id()); // as before V18

        byte[] first = certificates.pdf(issued.id());
        assertThat(new StoredPdfs(jdbc, clock).find(issued.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(first));
        assertThat(certificates.pdf(issued.id())).isEqualTo(first);
    }

    @Test
    void erasingTheHolderDropsTheStoredFileThatPrintsTheirName() throws Exception {
        var issued = new CertificateFixtures(context).issue("Erin Erased");
        assertThat(text(certificates.pdf(issued.id()))).contains("Erin Erased");
        ((PersonalDataHolder) personalData).erase(issued.userId());
        assertThat(text(certificates.pdf(issued.id()))).doesNotContain("Erin Erased").contains(CertificateService.HOLDER_REMOVED);
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return PdfTextExtractor.getTextFromPage(doc.getPage(1));
        }
    }
}
