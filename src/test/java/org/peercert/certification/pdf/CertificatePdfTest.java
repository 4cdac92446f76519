package org.peercert.certification.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.xmp.XMPConst;
import com.itextpdf.kernel.xmp.XMPMeta;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.certification.pdf.SignedPdfCheck.Outcome;
import org.peercert.certification.signing.SigningKey;
import org.peercert.certification.signing.TestKeys;
import org.peercert.learning.CompetencyScore;

/** The certificate PDF: its content, its QR code, its signature, and what tampering does to it. */
class CertificatePdfTest {

    private static final SigningKey OUR_KEY = TestKeys.newKey();
    private static final String URL = "https://certs.example.org/verify/0ABCDEFGHJKMNPQRSTVWXYZ123";
    private static final CertificateDocument CERTIFICATE = new CertificateDocument("0ABCDEFGHJKMNPQRSTVWXYZ123",
            "0ABC-DEFG-HJKM-NPQR-STVW-XYZ1-23", "Marisol Ortega-Lund", "Digital Peer Support Certification", "1.2.0",
            new BigDecimal("12.00"), LocalDate.of(2026, 11, 2), LocalDate.of(2028, 11, 2), URL,
            List.of(new CompetencyScore("rights", "Protecting service users' rights", 40, 90),
                    new CompetencyScore("sms-support", "Supporting people by text message", 25, 75)));

    private final CertificatePdf pdf = new CertificatePdf(OUR_KEY);
    private final SignedPdfCheck check = new SignedPdfCheck(OUR_KEY);
    private final byte[] signed = pdf.signed(CERTIFICATE);

    @Test
    void textContainsHolderCourseIdHoursAndCompetencyTable() throws Exception {
        try (var doc = open(signed)) {
            String first = PdfTextExtractor.getTextFromPage(doc.getPage(1));
            assertThat(first).contains("Marisol Ortega-Lund", "Digital Peer Support Certification", "version 1.2.0",
                    "12 continuing-education hours", "0ABC-DEFG-HJKM-NPQR-STVW-XYZ1-23", "Issued 2 November 2026",
                    "Valid until 2 November 2028");
            String second = PdfTextExtractor.getTextFromPage(doc.getPage(2));
            assertThat(second).contains("Protecting service users' rights", "Supporting people by text message",
                    "40 %", "90 %", "+50.0", "0.83", "25 %", "75 %", "0.67");
            assertThat(doc.getDocumentInfo().getAuthor()).isEqualTo("PeerCert");
            assertThat(doc.getDocumentInfo().getMoreInfo(CertificatePdf.ID_KEY)).isEqualTo(CERTIFICATE.id());
        }
    }

    @Test
    void spanishCertificateHasSpanishLabelsDatesAndDecimalsWhileContentTitlesStayAsAuthored() throws Exception {
        try (var doc = open(pdf.signed(CERTIFICATE.withLocale(java.util.Locale.forLanguageTag("es"))))) {
            String first = PdfTextExtractor.getTextFromPage(doc.getPage(1));
            assertThat(first).contains("Certificado de finalización", "Se certifica que", "Marisol Ortega-Lund",
                    "ha completado con éxito", "Digital Peer Support Certification", "Versión del currículo 1.2.0",
                    "12 horas de formación continua", "Emitido el 2 de noviembre de 2026", "Válido hasta el 2 de noviembre de 2028",
                    "ID del certificado").doesNotContain("Certificate of Completion", "Issued");
            String second = PdfTextExtractor.getTextFromPage(doc.getPage(2));
            assertThat(second).contains("Competencias antes y después del curso", "Competencia", "Antes", "Después",
                    "Ganancia normalizada", "Protecting service users' rights", "+50,0", "0,83", "0,67");
            assertThat(doc.getDocumentInfo().getTitle()).isEqualTo("Certificado 0ABC-DEFG-HJKM-NPQR-STVW-XYZ1-23: Digital Peer Support Certification");
        }
    }

    @Test
    void namesInOtherScriptsAreRenderedWithTheFullFonts() throws Exception {
        var cyrillic = new CertificateDocument(CERTIFICATE.id(), CERTIFICATE.groupedId(), "Анна Петрова", CERTIFICATE.courseTitle(),
                CERTIFICATE.courseVersion(), CERTIFICATE.ceHours(), CERTIFICATE.issuedOn(), CERTIFICATE.expiresOn(), URL, CERTIFICATE.scores());
        try (var doc = open(pdf.signed(cyrillic))) {
            assertThat(PdfTextExtractor.getTextFromPage(doc.getPage(1))).contains("Анна Петрова");
        }
    }

    @Test
    void markupInTheNameStaysTextInTheXmp() throws Exception {
        var name = "Ana \"Bo\" O'Neil & <Kim>";
        var markup = new CertificateDocument(CERTIFICATE.id(), CERTIFICATE.groupedId(), name, CERTIFICATE.courseTitle(),
                CERTIFICATE.courseVersion(), CERTIFICATE.ceHours(), CERTIFICATE.issuedOn(), CERTIFICATE.expiresOn(), URL, CERTIFICATE.scores());
        try (var doc = open(pdf.signed(markup))) {
            XMPMeta xmp = XMPMetaFactory.parseFromBuffer(doc.getXmpMetadataBytes());
            assertThat(xmp.getLocalizedText(XMPConst.NS_DC, "description", null, "x-default").getValue()).endsWith(name);
        }
    }

    @Test
    void pdfsDrawnAtTheSameTimeOnVirtualThreadsEachCarryTheirOwnHolder() throws Exception {
        // fonts and deflaters are pooled, lent to one document at a time
        List<java.util.concurrent.Future<String>> holders = new ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 24; i++) {
                String name = (i % 3 == 0 ? "Анна Holder " : "Holder ") + i;
                var document = new CertificateDocument(CERTIFICATE.id(), CERTIFICATE.groupedId(), name, CERTIFICATE.courseTitle(),
                        CERTIFICATE.courseVersion(), CERTIFICATE.ceHours(), CERTIFICATE.issuedOn(), CERTIFICATE.expiresOn(), URL,
                        CERTIFICATE.scores());
                holders.add(threads.submit(() -> {
                    byte[] file = pdf.signed(document);
                    assertThat(check.check(file).outcome()).isEqualTo(Outcome.AUTHENTIC);
                    try (var doc = open(file)) {
                        return PdfTextExtractor.getTextFromPage(doc.getPage(1));
                    }
                }));
            }
        }
        for (int i = 0; i < holders.size(); i++) {
            assertThat(holders.get(i).get()).contains((i % 3 == 0 ? "Анна Holder " : "Holder ") + i + "\n");
        }
    }

    @Test
    void isPdfA2aAndPdfUa1WithEveryFontEmbedded() throws Exception {
        try (var doc = open(signed)) {
            // PDF/A 6.6.2.3: the XMP carries the document information, value for value
            XMPMeta xmp = XMPMetaFactory.parseFromBuffer(doc.getXmpMetadataBytes());
            PdfDocumentInfo info = doc.getDocumentInfo();
            assertThat(xmp.getPropertyString(XMPConst.NS_PDFA_ID, "part")).isEqualTo("2");
            assertThat(xmp.getPropertyString(XMPConst.NS_PDFA_ID, "conformance")).isEqualTo("A");
            assertThat(xmp.getPropertyString("http://www.aiim.org/pdfua/ns/id/", "part")).isEqualTo("1");
            assertThat(xmp.getLocalizedText(XMPConst.NS_DC, "title", null, "x-default").getValue())
                    .isEqualTo(info.getTitle()).isEqualTo("Certificate 0ABC-DEFG-HJKM-NPQR-STVW-XYZ1-23: Digital Peer Support Certification");
            assertThat(xmp.getArrayItem(XMPConst.NS_DC, "creator", 1).getValue()).isEqualTo(info.getAuthor());
            assertThat(xmp.getLocalizedText(XMPConst.NS_DC, "description", null, "x-default").getValue())
                    .isEqualTo(info.getSubject()).contains("Marisol Ortega-Lund");
            assertThat(xmp.getPropertyString(XMPConst.NS_PDF, "Keywords")).isEqualTo(info.getKeywords());
            assertThat(xmp.getPropertyString(XMPConst.NS_PDF, "Producer")).isEqualTo(info.getProducer()).isNotBlank();
            assertThat(xmp.getPropertyString(XMPConst.NS_XMP, "CreatorTool")).isEqualTo(info.getCreator());
            assertThat(xmp.getPropertyString(XMPConst.NS_XMP, "CreateDate"))
                    .isEqualTo(PdfDate.getW3CDate(info.getMoreInfo("CreationDate")));
            assertThat(xmp.getPropertyString(XMPConst.NS_XMP, "ModifyDate"))
                    .isEqualTo(PdfDate.getW3CDate(info.getMoreInfo("ModDate")));
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PdfDictionary fonts = doc.getPage(page).getResources().getResource(PdfName.Font);
                for (PdfName name : fonts.keySet()) {
                    PdfDictionary font = fonts.getAsDictionary(name);
                    PdfDictionary descriptor = ((PdfArray) font.get(PdfName.DescendantFonts)).getAsDictionary(0)
                            .getAsDictionary(PdfName.FontDescriptor);
                    assertThat(descriptor.get(PdfName.FontFile2)).as("font %s embedded", name).isNotNull();
                }
            }
        }
    }

    @Test
    void theSameRenderingPassesItextsPdfA2aChecker() {
        // production renders without the checker (it is slow); the checker throws at close on any violation
        assertThat(pdf.signed(CERTIFICATE, true)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        var cyrillic = new CertificateDocument(CERTIFICATE.id(), CERTIFICATE.groupedId(), "Анна Петрова", CERTIFICATE.courseTitle(),
                CERTIFICATE.courseVersion(), CERTIFICATE.ceHours(), CERTIFICATE.issuedOn(), CERTIFICATE.expiresOn(), URL, CERTIFICATE.scores());
        assertThat(pdf.signed(cyrillic, true)).isNotEmpty();
    }

    @Test
    void qrCodeOnTheRenderedPageDecodesToTheVerificationUrl() throws Exception {
        // rasterised by PDFBox as a viewer would show it, then read by ZXing as a phone camera app would
        assertThat(PdfQrCode.decode(signed)).isEqualTo(URL);
        var other = new CertificateDocument(CERTIFICATE.id(), CERTIFICATE.groupedId(), CERTIFICATE.holderName(),
                CERTIFICATE.courseTitle(), CERTIFICATE.courseVersion(), CERTIFICATE.ceHours(), CERTIFICATE.issuedOn(),
                CERTIFICATE.expiresOn(), "https://peercert.example.net/verify/7ZZZZZZZZZZZZZZZZZZZZZZZZZ", CERTIFICATE.scores());
        assertThat(PdfQrCode.decode(pdf.signed(other))).isEqualTo(other.verificationUrl());
    }

    @Test
    void signatureValidatesAndCoversTheWholeFile() throws Exception {
        try (var doc = open(signed)) {
            var signatures = new SignatureUtil(doc);
            String name = signatures.getSignatureNames().getFirst();
            assertThat(signatures.readSignatureData(name).verifySignatureIntegrityAndAuthenticity()).isTrue();
            assertThat(signatures.signatureCoversWholeDocument(name)).isTrue();
        }
        assertThat(check.check(signed)).isEqualTo(new SignedPdfCheck.Result(Outcome.AUTHENTIC, CERTIFICATE.id()));
    }

    @Test
    void flippingAnySingleByteInTheSignedRangeFailsVerification() throws Exception {
        int[] range = byteRange(signed);
        // positions across both signed parts: header, page content, fonts, trailer
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            positions.add(range[0] + (int) ((long) range[1] * i / 7));
            positions.add(range[2] + (int) ((long) range[3] * i / 7));
        }
        positions.add(range[0] + 3);
        positions.add(range[2] + range[3] - 3);
        for (int position : positions) {
            byte[] tampered = signed.clone();
            tampered[position] ^= 0x01;
            assertThat(check.check(tampered).outcome()).as("byte %d flipped", position)
                    .isIn(Outcome.TAMPERED, Outcome.NOT_PDF);
        }
    }

    @Test
    void pdfSignedByAnotherKeyIsRejected() {
        byte[] foreign = new CertificatePdf(TestKeys.newKey()).signed(CERTIFICATE);
        assertThat(check.check(foreign)).isEqualTo(new SignedPdfCheck.Result(Outcome.FOREIGN_SIGNATURE, null));
    }

    @Test
    void unsignedPdfAndNonPdfGetTheirOwnVerdicts() {
        assertThat(check.check(pdf.unsigned(CERTIFICATE)).outcome()).isEqualTo(Outcome.UNSIGNED);
        assertThat(check.check("hello, not a pdf".getBytes(StandardCharsets.UTF_8)).outcome()).isEqualTo(Outcome.NOT_PDF);
    }

    @Test
    void contentAppendedAfterSigningIsTampering() {
        byte[] appended = new byte[signed.length + 40];
        System.arraycopy(signed, 0, appended, 0, signed.length);
        byte[] extra = "\n1 0 obj\n<< /Evil true >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(extra, 0, appended, signed.length, Math.min(extra.length, 40));
        assertThat(check.check(appended).outcome()).isEqualTo(Outcome.TAMPERED);
    }

    private static PdfDocument open(byte[] bytes) throws Exception {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)));
    }

    private static int[] byteRange(byte[] bytes) throws Exception {
        try (var doc = open(bytes)) {
            var signatures = new SignatureUtil(doc);
            PdfArray range = signatures.getSignatureDictionary(signatures.getSignatureNames().getFirst()).getAsArray(PdfName.ByteRange);
            return range.toIntArray();
        }
    }
}
