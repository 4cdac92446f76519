package org.peercert.certification.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.peercert.certification.signing.TestKeys;
import org.peercert.learning.CompetencyScore;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The signed certificate is tagged and accessible: veraPDF (the reference validator, not iText judging its own
 * output) finds no failed PDF/A-2a or PDF/UA-1 rule, in English and Spanish, for long and non-Latin names.
 */
class AccessibleCertificateTest {

    private static final CertificatePdf PDF = new CertificatePdf(TestKeys.newKey());
    static final Locale SPANISH = Locale.forLanguageTag("es");

    static CertificateDocument certificate(String holder) {
        return new CertificateDocument("0ABCDEFGHJKMNPQRSTVWXYZ123", "0ABC-DEFG-HJKM-NPQR-STVW-XYZ1-23", holder,
                "Digital Peer Support Certification", "1.2.0", new BigDecimal("12.00"), LocalDate.of(2026, 11, 2),
                LocalDate.of(2028, 11, 2), "https://certs.example.org/verify/0ABCDEFGHJKMNPQRSTVWXYZ123",
                List.of(new CompetencyScore("rights", "Protecting service users' rights", 40, 90),
                        new CompetencyScore("sms-support", "Supporting people by text message", 25, 75)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void signedCertificatePassesPdfA2aAndPdfUa1InEitherLanguage(String language) {
        byte[] signed = PDF.signed(certificate("Marisol Ortega-Lund").withLocale(Locale.forLanguageTag(language)));
        assertConforms(signed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"فاطمة الزهراء", "अनन्या शर्मा", "王小明", "Sam 🌟 Lee 😀", "Zoë Ñúñez-Łukasiewicz", "דוד כהן",
            "Maria Fernanda de los Ángeles Guadalupe Castillo-Rodríguez y Montenegro Villanueva de la Cruz Ortega Salazar"})
    void signedCertificatesForNonLatinAndLongNamesPassPdfA2aAndPdfUa1(String holder) {
        assertConforms(PDF.signed(certificate(holder).withLocale(SPANISH)));
    }

    @Test
    void competenciesContinuedOnAThirdPageStillPass() throws Exception {
        List<CompetencyScore> many = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> new CompetencyScore("c" + i, "Competency number " + i + " with a title long enough to wrap onto a second line",
                        10 + i, 60 + i))
                .toList();
        var c = certificate("Marisol Ortega-Lund");
        byte[] signed = PDF.signed(new CertificateDocument(c.id(), c.groupedId(), c.holderName(), c.courseTitle(), c.courseVersion(),
                c.ceHours(), c.liveHours(), c.issuedOn(), c.expiresOn(), c.verificationUrl(), many, c.locale()));
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)))) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
        assertConforms(signed);
    }

    @Test
    void structureReadsAsHeadingsParagraphsAQrFigureAndATableWithColumnHeaders() throws Exception {
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(PDF.signed(certificate("Marisol Ortega-Lund")))))) {
            List<String> roles = new ArrayList<>();
            List<String> alternatives = new ArrayList<>();
            collect(doc.getStructTreeRoot().getKids(), roles, alternatives);
            assertThat(roles).containsSubsequence("Document", "H1", "P", "H2", "Figure", "H2", "Table", "TR", "TH", "TR", "TD");
            assertThat(roles.stream().filter("TH"::equals)).hasSize(5);
            assertThat(alternatives).anyMatch(alt -> alt.startsWith("QR code") && alt.endsWith("/verify/0ABCDEFGHJKMNPQRSTVWXYZ123"));
            assertThat(doc.getCatalog().getLang().toUnicodeString()).isEqualTo("en");
            assertThat(doc.getCatalog().getPdfObject().getAsDictionary(PdfName.ViewerPreferences).getAsBool(PdfName.DisplayDocTitle)).isTrue();
        }
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(PDF.signed(certificate("Ana").withLocale(SPANISH)))))) {
            assertThat(doc.getCatalog().getLang().toUnicodeString()).isEqualTo("es");
        }
    }

    @Test
    void veraPdfReportsTheRulesAnUntaggedPdfBreaks() {
        // the harness itself: a plain untagged PDF must fail, with the rule ids in the list
        var out = new java.io.ByteArrayOutputStream();
        try (var doc = new PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(out))) {
            doc.addNewPage();
        }
        assertThat(VeraPdf.failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1)).anyMatch(rule -> rule.startsWith("7.1-"));
        assertThat(VeraPdf.failedRules(out.toByteArray(), PDFAFlavour.PDFA_2_A)).anyMatch(rule -> rule.startsWith("6.6.2.1-"));
    }

    private static void collect(List<IStructureNode> nodes, List<String> roles, List<String> alternatives) {
        for (IStructureNode node : nodes) {
            if (node instanceof PdfStructElem element) {
                roles.add(element.getRole().getValue());
                if (element.getAlt() != null) {
                    alternatives.add(element.getAlt().toUnicodeString());
                }
                collect(element.getKids(), roles, alternatives);
            }
        }
    }

    static void assertConforms(byte[] signed) {
        assertThat(VeraPdf.failedRules(signed, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a failed rules").isEmpty();
        assertThat(VeraPdf.failedRules(signed, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
    }
}
