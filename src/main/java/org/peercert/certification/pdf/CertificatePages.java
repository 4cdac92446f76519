package org.peercert.certification.pdf;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.peercert.certification.pdf.PdfText.Align;
import org.peercert.learning.CompetencyScore;

/**
 * Draws the certificate: page 1 the certificate itself (holder, course, dates, hours, signature line, QR code
 * to the verification page, id), then the competencies before and after as a table with bars, continued on
 * further pages when a course has many competencies.
 */
final class CertificatePages {

    private static final Color INK = new DeviceRgb(0x1f, 0x2a, 0x37);
    private static final Color ACCENT = new DeviceRgb(0x0b, 0x6e, 0x69);
    private static final Color MUTED = new DeviceRgb(0x5b, 0x67, 0x73);
    private static final Color PRE = new DeviceRgb(0xb8, 0xc4, 0xcf);
    private static final Color RULE = new DeviceRgb(0xd5, 0xdc, 0xe2);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private static final float WIDTH = CertificateTemplate.PAGE.getWidth();
    private static final float HEIGHT = CertificateTemplate.PAGE.getHeight();
    private static final float MARGIN = 64;
    private static final float CONTENT = WIDTH - 2 * MARGIN;
    /** Table columns as fractions of the content width: competency, before, after, change, gain, bars. */
    private static final float[] COLUMNS = {0.36f, 0.09f, 0.09f, 0.10f, 0.14f, 0.22f};
    private static final String[] HEADINGS = {"Competency", "Before", "After", "Change", "Normalised gain", ""};
    private static final String FOOTNOTE = "Scores are the percent of points earned per competency on the PeerCert competency "
            + "check, taken before the first module and again after the last. Normalised gain g = (after - before) / "
            + "(100 - before); n/a when the score before was already 100.";

    private final PdfDocument pdf;
    private final CertificateDocument c;
    private final CertificateFonts.Set fonts;
    /** The page being drawn on; a PdfCanvas appends a content stream, so there is one per page. */
    private PdfCanvas canvas;
    private PdfText text;

    CertificatePages(PdfDocument pdf, CertificateDocument c, CertificateFonts.Set fonts) {
        this.pdf = pdf;
        this.c = c;
        this.fonts = fonts;
    }

    void draw() {
        startPage(pdf.getFirstPage());
        certificatePage();
        scoresPages();
    }

    private void startPage(PdfPage page) {
        canvas = new PdfCanvas(page);
        text = new PdfText(canvas);
    }

    private void certificatePage() {
        canvas.setStrokeColor(ACCENT).setLineWidth(4).rectangle(18, 18, WIDTH - 36, HEIGHT - 36).stroke();
        canvas.setLineWidth(0.8f).rectangle(26, 26, WIDTH - 52, HEIGHT - 52).stroke();
        float centre = WIDTH / 2;
        text.spaced(CertificatePdf.ISSUER.toUpperCase(Locale.ROOT) + " · DIGITAL PEER SUPPORT TRAINING", fonts.sansBold(), 11, 2,
                ACCENT, centre, 528);
        text.line("Certificate of Completion", fonts.serifBold(), 34, INK, centre, 478, Align.CENTER, CONTENT);
        text.line("This certifies that", fonts.sans(), 13, MUTED, centre, 430, Align.CENTER, CONTENT);
        text.line(c.holderName(), fonts.serifBold(), 30, INK, centre, 390, Align.CENTER, CONTENT);
        text.line("has successfully completed", fonts.sans(), 13, MUTED, centre, 356, Align.CENTER, CONTENT);
        text.line(c.courseTitle(), fonts.sansBold(), 20, INK, centre, 324, Align.CENTER, CONTENT);
        text.line("Curriculum version " + c.courseVersion() + "  ·  " + hours() + " continuing-education hours ("
                + plain(c.ceHours().subtract(c.liveHours())) + " self-paced, " + plain(c.liveHours()) + " live)", fonts.sans(), 12,
                INK, centre, 296, Align.CENTER, CONTENT);
        text.line("Issued " + DATE.format(c.issuedOn()) + "  ·  Valid until " + DATE.format(c.expiresOn()), fonts.sans(), 12, INK,
                centre, 274, Align.CENTER, CONTENT);

        // signature line (bottom left); QR code and id (bottom right)
        canvas.setStrokeColor(INK).setLineWidth(0.8f).moveTo(90, 96).lineTo(350, 96).stroke();
        text.line("Training Director, " + CertificatePdf.ISSUER, fonts.sans(), 10, MUTED, 90, 83, Align.LEFT, 260);
        text.paragraph("Digitally signed by " + CertificatePdf.ISSUER + ". Verify this certificate by scanning the code or at "
                + c.verificationUrl(), fonts.sans(), 8, 10, MUTED, 90, 62, 330);
        var qr = new BarcodeQRCode(c.verificationUrl()).createFormXObject(INK, 3, pdf);
        canvas.addXObjectFittedIntoRectangle(qr, new Rectangle(WIDTH - 176, 58, 96, 96));
        text.line("Certificate ID", fonts.sans(), 8, MUTED, WIDTH - 190, 100, Align.RIGHT, 290);
        text.line(c.groupedId(), fonts.sansBold(), 10, INK, WIDTH - 190, 86, Align.RIGHT, 290);
    }

    private void scoresPages() {
        List<CompetencyScore> scores = c.scores();
        float y = scoresHeader();
        for (CompetencyScore s : scores) {
            List<String> title = PdfText.wrap(s.title(), fonts.sans(), 10, COLUMNS[0] * CONTENT - 8);
            float height = 10 + 12 * Math.min(title.size(), 3);
            if (y - height < 90) {
                y = scoresHeader();
            }
            row(s, title, y, height);
            y -= height;
        }
        text.paragraph(FOOTNOTE, fonts.sans(), 8, 10, MUTED, MARGIN, y - 18, CONTENT);
    }

    /** A new page with the title and the table heading; returns the top of the first row. */
    private float scoresHeader() {
        startPage(pdf.addNewPage(CertificateTemplate.PAGE));
        text.line("Competencies before and after the course", fonts.serifBold(), 20, INK, MARGIN, 515, Align.LEFT, CONTENT);
        text.paragraph(c.holderName() + " · " + c.courseTitle() + " (version " + c.courseVersion() + ") · Certificate "
                + c.groupedId(), fonts.sans(), 10, 12, MUTED, MARGIN, 496, CONTENT);
        float x = MARGIN;
        for (int i = 0; i < HEADINGS.length; i++) {
            text.line(HEADINGS[i], fonts.sansBold(), 10, ACCENT, x + 4, 462, Align.LEFT, COLUMNS[i] * CONTENT - 8);
            x += COLUMNS[i] * CONTENT;
        }
        x -= COLUMNS[5] * CONTENT;
        bar(x + 4, 465, 10, 100, PRE);
        text.line("before", fonts.sans(), 8, MUTED, x + 17, 463, Align.LEFT, 40);
        bar(x + 60, 465, 10, 100, ACCENT);
        text.line("after", fonts.sans(), 8, MUTED, x + 73, 463, Align.LEFT, 40);
        canvas.setStrokeColor(ACCENT).setLineWidth(0.8f).moveTo(MARGIN, 455).lineTo(MARGIN + CONTENT, 455).stroke();
        return 455;
    }

    private void row(CompetencyScore s, List<String> title, float top, float height) {
        float baseline = top - 15;
        float x = MARGIN + 4;
        for (int i = 0; i < Math.min(title.size(), 3); i++) {
            text.line(title.get(i), fonts.sans(), 10, INK, x, baseline - 12 * i, Align.LEFT, COLUMNS[0] * CONTENT - 8);
        }
        Double gain = s.normalizedGain();
        String[] values = {percent(s.pre()), percent(s.post()), String.format(Locale.ROOT, "%+.1f", s.change()),
                gain == null ? "n/a" : String.format(Locale.ROOT, "%.2f", gain)};
        x = MARGIN + COLUMNS[0] * CONTENT;
        for (int i = 0; i < values.length; i++) {
            text.line(values[i], fonts.sans(), 10, INK, x + 4, baseline, Align.LEFT, COLUMNS[i + 1] * CONTENT - 8);
            x += COLUMNS[i + 1] * CONTENT;
        }
        float barWidth = COLUMNS[5] * CONTENT - 8;
        bar(x + 4, baseline + 4, barWidth, s.pre(), PRE);
        bar(x + 4, baseline - 2, barWidth, s.post(), ACCENT);
        canvas.setStrokeColor(RULE).setLineWidth(0.5f).moveTo(MARGIN, top - height).lineTo(MARGIN + CONTENT, top - height).stroke();
    }

    private void bar(float x, float y, float width, double percent, Color color) {
        canvas.setFillColor(color).rectangle(x, y, width * (float) Math.max(1, Math.min(100, percent)) / 100, 4).fill();
    }

    private String hours() {
        return plain(c.ceHours());
    }

    private static String plain(java.math.BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f %%", value);
    }
}
