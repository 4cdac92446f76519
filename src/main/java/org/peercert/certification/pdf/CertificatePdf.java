package org.peercert.certification.pdf;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.signatures.IExternalDigest;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.ProviderDigest;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peercert.certification.signing.SigningKey;
import org.peercert.learning.CompetencyScore;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate as a landscape A4 PDF/A-2b (fonts embedded, sRGB output intent): page 1 the
 * certificate with a QR code to its verification page, page 2 the competencies before and after. Then
 * signs it (PAdES baseline B) with the organisation key, so a verifier can prove it is ours and unaltered.
 */
@Component
public class CertificatePdf {

    /** Document-information key carrying the id, read back when an employer uploads the PDF. */
    public static final String ID_KEY = "PeerCertCertificateId";
    static final String ISSUER = "PeerCert";
    private static final Color INK = new DeviceRgb(0x1f, 0x2a, 0x37);
    private static final Color ACCENT = new DeviceRgb(0x0b, 0x6e, 0x69);
    private static final Color MUTED = new DeviceRgb(0x5b, 0x67, 0x73);
    private static final Color PRE = new DeviceRgb(0xb8, 0xc4, 0xcf);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private static final IExternalDigest JDK_DIGEST = new ProviderDigest(null);

    private final SigningKey key;

    CertificatePdf(SigningKey key) {
        this.key = key;
    }

    public byte[] signed(CertificateDocument certificate) {
        return sign(render(certificate), certificate);
    }

    byte[] render(CertificateDocument c) {
        return render(c, false);
    }

    /**
     * {@code checked}: through iText's PDF/A-2b checker, which inspects every object at close and costs about
     * a third of the render. The layout never varies by more than the texts, so production renders the very
     * same content into a plain document with the same output intent and PDF/A XMP, and the tests render it
     * checked to prove the conformance. Fast compression: the fonts are already small subsets.
     */
    byte[] render(CertificateDocument c, boolean checked) {
        var out = new ByteArrayOutputStream(64 * 1024);
        var intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(CertificateFonts.SRGB));
        var writer = new PdfWriter(out, new WriterProperties().setCompressionLevel(CompressionConstants.BEST_SPEED)
                .addPdfAXmpMetadata(PdfAConformance.PDF_A_2B));
        PdfDocument created = checked ? new PdfADocument(writer, PdfAConformance.PDF_A_2B, intent) : new PdfDocument(writer);
        if (!checked) {
            created.addOutputIntent(intent);
        }
        try (var pdf = created; var document = new Document(pdf, PageSize.A4.rotate())) {
            pdf.getCatalog().setLang(new PdfString("en"));
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle("Certificate " + c.groupedId() + ": " + c.courseTitle());
            info.setAuthor(ISSUER);
            info.setSubject(c.courseTitle() + " (version " + c.courseVersion() + ") awarded to " + c.holderName());
            info.setKeywords("certificate, " + c.id() + ", " + c.verificationUrl());
            info.setCreator(ISSUER);
            info.setMoreInfo(ID_KEY, c.id());
            var texts = new java.util.ArrayList<>(java.util.List.of(c.holderName(), c.courseTitle(), c.courseVersion()));
            c.scores().forEach(s -> texts.add(s.title()));
            var fonts = CertificateFonts.forDocument(texts.toArray(String[]::new));
            document.setFont(fonts.sans()).setFontColor(INK).setMargins(56, 64, 48, 64);
            certificatePage(document, pdf.addNewPage(), c, fonts);
            document.add(new AreaBreak());
            scoresPage(document, c, fonts);
        }
        return out.toByteArray();
    }

    private void certificatePage(Document document, com.itextpdf.kernel.pdf.PdfPage page, CertificateDocument c,
            CertificateFonts.Set fonts) {
        Rectangle box = page.getPageSize();
        var canvas = new PdfCanvas(page);
        canvas.setStrokeColor(ACCENT).setLineWidth(4).rectangle(18, 18, box.getWidth() - 36, box.getHeight() - 36).stroke();
        canvas.setLineWidth(0.8f).rectangle(26, 26, box.getWidth() - 52, box.getHeight() - 52).stroke();

        document.add(centered(ISSUER.toUpperCase(Locale.ROOT) + " · DIGITAL PEER SUPPORT TRAINING", 11).setFont(fonts.sansBold())
                .setFontColor(ACCENT).setCharacterSpacing(2));
        document.add(centered("Certificate of Completion", 34).setFont(fonts.serifBold()).setMarginTop(10));
        document.add(centered("This certifies that", 13).setFontColor(MUTED).setMarginTop(14));
        document.add(centered(c.holderName(), 30).setFont(fonts.serifBold()).setMarginTop(2));
        document.add(centered("has successfully completed", 13).setFontColor(MUTED));
        document.add(centered(c.courseTitle(), 20).setFont(fonts.sansBold()).setMarginTop(2));
        document.add(centered("Curriculum version " + c.courseVersion() + "  ·  " + hours(c) + " continuing-education hours", 12));
        document.add(centered("Issued " + DATE.format(c.issuedOn()) + "  ·  Valid until " + DATE.format(c.expiresOn()), 12)
                .setMarginTop(6));

        // signature line (bottom left), QR code and id (bottom right)
        document.add(new Paragraph("Training Director, " + ISSUER).setFontSize(10).setFontColor(MUTED)
                .setFixedPosition(1, 90, 70, 260).setBorderTop(new com.itextpdf.layout.borders.SolidBorder(INK, 0.8f))
                .setPaddingTop(4));
        document.add(new Paragraph("Digitally signed by " + ISSUER + ". Verify this certificate by scanning the code or at "
                + c.verificationUrl()).setFontSize(8).setFontColor(MUTED).setFixedPosition(1, 90, 40, 330));
        var qr = new BarcodeQRCode(c.verificationUrl()).createFormXObject(INK, 3, document.getPdfDocument());
        document.add(new Image(qr).scaleToFit(96, 96).setFixedPosition(1, box.getWidth() - 176, 58));
        document.add(new Paragraph("Certificate ID").setFontSize(8).setFontColor(MUTED)
                .setFixedPosition(1, box.getWidth() - 480, 96, 290).setTextAlignment(TextAlignment.RIGHT));
        document.add(new Paragraph(c.groupedId()).setFont(fonts.sansBold()).setFontSize(10)
                .setFixedPosition(1, box.getWidth() - 480, 80, 290).setTextAlignment(TextAlignment.RIGHT));
    }

    private void scoresPage(Document document, CertificateDocument c, CertificateFonts.Set fonts) {
        document.add(new Paragraph("Competencies before and after the course").setFont(fonts.serifBold()).setFontSize(20));
        document.add(new Paragraph(c.holderName() + " · " + c.courseTitle() + " (version " + c.courseVersion()
                + ") · Certificate " + c.groupedId()).setFontSize(10).setFontColor(MUTED));
        var table = new Table(UnitValue.createPercentArray(new float[] {38, 10, 10, 10, 12, 20})).useAllAvailableWidth()
                .setFontSize(10).setMarginTop(8);
        for (String heading : new String[] {"Competency", "Before", "After", "Change", "Normalised gain", ""}) {
            table.addHeaderCell(new Cell().add(new Paragraph(heading).setFont(fonts.sansBold())).setFontColor(ACCENT));
        }
        for (CompetencyScore s : c.scores()) {
            table.addCell(s.title());
            table.addCell(percent(s.pre()));
            table.addCell(percent(s.post()));
            table.addCell(String.format(Locale.ROOT, "%+.1f", s.change()));
            Double gain = s.normalizedGain();
            table.addCell(gain == null ? "n/a" : String.format(Locale.ROOT, "%.2f", gain));
            table.addCell(new Cell().add(bar(s.pre(), PRE)).add(bar(s.post(), ACCENT)));
        }
        document.add(table);
        document.add(new Paragraph("""
                Scores are the percent of points earned per competency on the PeerCert competency check, taken before \
                the first module and again after the last. Normalised gain g = (after - before) / (100 - before); \
                n/a when the score before was already 100.""").setFontSize(8).setFontColor(MUTED).setMarginTop(10));
    }

    private static Div bar(double value, Color color) {
        return new Div().setHeight(4).setWidth(UnitValue.createPercentValue((float) Math.max(1, value)))
                .setBackgroundColor(color).setMarginBottom(2);
    }

    private static Paragraph centered(String text, float size) {
        return new Paragraph(text).setFontSize(size).setTextAlignment(TextAlignment.CENTER).setMargin(0).setMultipliedLeading(1.15f);
    }

    private static String hours(CertificateDocument c) {
        return c.ceHours().stripTrailingZeros().toPlainString();
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f %%", value);
    }

    private byte[] sign(byte[] unsigned, CertificateDocument c) {
        var out = new ByteArrayOutputStream(unsigned.length + 16 * 1024);
        try {
            var signer = new PdfSigner(new PdfReader(new ByteArrayInputStream(unsigned)), out,
                    new StampingProperties().useAppendMode());
            signer.setSignerProperties(new SignerProperties().setFieldName("PeerCertSignature")
                    .setReason("Certificate " + c.groupedId() + " issued by " + ISSUER)
                    .setLocation(c.verificationUrl()).setSignatureCreator(ISSUER));
            // PAdES baseline B is a detached CAdES signature (ETSI.CAdES.detached, signing-certificate-v2), which
            // is what PdfPadesSigner makes too; called directly so that hashing and ECDSA run on the JDK's
            // intrinsified providers (provider null) rather than pure-Java Bouncy Castle: a third of the signing time.
            signer.signDetached(JDK_DIGEST, new PrivateKeySignature(key.privateKey(), "SHA-256", null),
                    key.chain(), null, null, null, 0, PdfSigner.CryptoStandard.CADES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign certificate PDF", e);
        }
        return out.toByteArray();
    }

}
