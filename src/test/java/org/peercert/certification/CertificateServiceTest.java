package org.peercert.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.certification.pdf.UnprintableTextException;
import org.peercert.account.AccountService;
import org.peercert.account.PersonName;
import org.peercert.account.PersonalDataHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The API other modules use: expiry reminders, verification URL, personal data export and erasure. */
@PeerCertTest
class CertificateServiceTest {

    @Autowired ApplicationContext context;
    @Autowired CertificateService certificates;
    @Autowired CertificatePersonalData personalData;

    @Test
    void expiringBetweenListsOnlyCurrentCertificatesExpiringInTheRange() {
        // completed on a day unique to this test run, so other tests' certificates never match
        Instant completed = Instant.now().minus(400 + (System.nanoTime() % 300), ChronoUnit.DAYS);
        var fixtures = new CertificateFixtures(context);
        var valid = fixtures.issue("Expiring One", completed);
        var revoked = fixtures.issue("Expiring Two", completed);
        certificates.revoke(revoked.id(), "Error", "admin@example.org");
        LocalDate expires = LocalDate.ofInstant(completed, ZoneOffset.UTC).plusMonths(24);

        assertThat(certificates.expiringBetween(expires, expires)).extracting(ExpiringCertificate::certificateId)
                .containsExactly(valid.id());
        assertThat(certificates.expiringBetween(expires.minusDays(3), expires.plusDays(3))).extracting(ExpiringCertificate::certificateId)
                .contains(valid.id()).doesNotContain(revoked.id());
        assertThat(certificates.expiringBetween(expires, expires).getFirst().userId()).isEqualTo(valid.userId());
        assertThat(certificates.expiringBetween(expires.plusDays(1), expires.plusDays(60))).extracting(ExpiringCertificate::certificateId)
                .doesNotContain(valid.id());
        assertThat(certificates.expiringBetween(expires.minusDays(60), expires.minusDays(1))).extracting(ExpiringCertificate::certificateId)
                .doesNotContain(valid.id());
    }

    @Test
    void pdfRendersTheSameFromStoredDataEveryTime() throws Exception {
        var issued = new CertificateFixtures(context).issue("Stable Name");
        String first = text(certificates.pdf(issued.id()));
        assertThat(text(certificates.pdf(issued.id()))).isEqualTo(first).contains("Stable Name");
    }

    @Test
    void pdfIsInTheHoldersLanguageAtIssueAndStaysSoWhenTheAccountChangesLanguageOrTheCertificateIsReissued() throws Exception {
        var issued = new CertificateFixtures(context).issue("Lucía Gómez", Instant.now(), "es");
        assertThat(text(certificates.pdf(issued.id()))).contains("Certificado de finalización", "Se certifica que", "Lucía Gómez",
                "Emitido el ", "Competencias antes y después del curso");
        context.getBean(AccountService.class).updateProfile(issued.userId(), "Lucía Gómez", "en", true);
        assertThat(text(certificates.pdf(issued.id()))).contains("Certificado de finalización").doesNotContain("Certificate of Completion");
        String reissued = certificates.reissue(issued.id(), "Lucía Gómez Ruiz", "admin@example.org");
        assertThat(text(certificates.pdf(reissued))).contains("Certificado de finalización", "Lucía Gómez Ruiz");
    }

    @Test
    void aNameNoCertificateFontCanPrintIsRefusedAtIssueNamingTheCharacter() {
        // U+13000 EGYPTIAN HIEROGLYPH A001: in none of the certificate fonts; refused rather than printed blank
        var completed = new CertificateFixtures(context).completion("Ana \uD80C\uDC00 Ruiz", Instant.now());
        assertThatThrownBy(() -> certificates.issue(completed)).isInstanceOf(UnprintableTextException.class)
                .hasMessageContaining("U+13000");
        assertThat(certificates.issuedFor(completed.enrollmentId())).isFalse();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return PdfTextExtractor.getTextFromPage(doc.getPage(1)) + PdfTextExtractor.getTextFromPage(doc.getPage(2));
        }
    }

    @Test
    void verificationUrlUsesTheConfiguredBaseUrl() {
        assertThat(certificates.verificationUrl("0ABC")).isEqualTo("http://peercert.test/verify/0ABC"); // the test profile's base URL
    }

    @Test
    void exportListsTheHoldersCertificatesAndEraseAnonymisesThem() {
        var issued = new CertificateFixtures(context).issue("Erin Export");
        assertThat(personalData.section()).isEqualTo("certificates");
        assertThat(personalData.export(issued.userId())).extracting(CertificateDetails::id).containsExactly(issued.id());

        ((PersonalDataHolder) personalData).erase(issued.userId());
        CertificateDetails after = certificates.find(issued.id()).orElseThrow();
        assertThat(after.holderName()).isNull();
        assertThat(after.holderRemoved()).isTrue();
        assertThat(after.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(personalData.export(issued.userId())).isEmpty();
        // the PDF still renders, without the name
        assertThat(certificates.pdf(issued.id())).isNotEmpty();
    }

    @Test
    void reissueRefusesANameThatWouldForgeLinesOrHideItsDirection() {
        var issued = new CertificateFixtures(context).issue("Mary Smyth");
        assertThatThrownBy(() -> certificates.reissue(issued.id(), "Mary\r\n7ZZZZZZZZZZZZZZZZZZZZZZZZZ,VALID,Mary Smith",
                "admin@example.org")).isInstanceOfSatisfying(PersonName.InvalidPersonName.class,
                        e -> assertThat(e.key()).isEqualTo("name.error.control"));
        assertThatThrownBy(() -> certificates.reissue(issued.id(), "\u202Ehtyms yram", "admin@example.org"))
                .isInstanceOfSatisfying(PersonName.InvalidPersonName.class, e -> assertThat(e.key()).isEqualTo("name.error.bidi"));
        assertThatThrownBy(() -> certificates.reissue(issued.id(), "M".repeat(PersonName.MAX_LENGTH + 1), "admin@example.org"))
                .isInstanceOfSatisfying(PersonName.InvalidPersonName.class, e -> assertThat(e.key()).isEqualTo("name.error.long"));
        assertThat(certificates.find(issued.id()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificates.auditTrail(issued.id())).isEmpty();
    }

    @Test
    void adminSearchTakesPercentAndUnderscoreLiterally() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var fixtures = new CertificateFixtures(context);
        var percent = fixtures.issue("Pat 100% Sure " + run);
        var plain = fixtures.issue("Pat Plain " + run);
        var underscore = fixtures.issue("Sam_Lee " + run);
        var lookalike = fixtures.issue("Samxlee " + run);

        assertThat(certificates.search("%")).extracting(CertificateDetails::id).contains(percent.id())
                .doesNotContain(plain.id(), underscore.id(), lookalike.id());
        assertThat(certificates.search("%")).allSatisfy(c -> assertThat(c.holderName()).contains("%"));
        assertThat(certificates.search("sam_lee " + run)).extracting(CertificateDetails::id).containsExactly(underscore.id());
        assertThat(certificates.search("!")).extracting(CertificateDetails::id).doesNotContain(plain.id());
    }
}
