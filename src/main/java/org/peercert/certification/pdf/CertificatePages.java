package org.peercert.certification.pdf;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import java.util.List;
import java.util.Locale;
import org.peercert.certification.pdf.PdfText.Align;
import org.peercert.learning.CompetencyScore;

/**
 * Draws the certificate: page 1 the certificate itself (holder, course, dates, hours, signature line, QR code
 * to the verification page, id), then the competencies before and after as a table with bars, continued on
 * further pages when a course has many competencies. Everything drawn is either in the structure tree, in
 * reading order (H1, P, Figure, H2, a Table of TH/TD cells), or an artifact (frames, rules, bars, headings
 * repeated on a continuation page), which is what PDF/A-2a and PDF/UA-1 ask for.
 */
final class CertificatePages {

    private static final Color INK = new DeviceRgb(0x1f, 0x2a, 0x37);
    private static final Color ACCENT = new DeviceRgb(0x0b, 0x6e, 0x69);
    private static final Color MUTED = new DeviceRgb(0x5b, 0x67, 0x73);
    private static final Color PRE = new DeviceRgb(0xb8, 0xc4, 0xcf);
    private static final Color RULE = new DeviceRgb(0xd5, 0xdc, 0xe2);

    private static final float WIDTH = CertificateTemplate.PAGE.getWidth();
    private static final float HEIGHT = CertificateTemplate.PAGE.getHeight();
    private static final float MARGIN = 64;
    private static final float CONTENT = WIDTH - 2 * MARGIN;
    /** The holder's name: one line at 30 pt; a long name wraps to two lines, from 24 pt down to 14 pt at the least. */
    private static final float NAME_SIZE = 30;
    private static final float NAME_TWO_LINES = 24;
    static final float NAME_MIN = 14;
    /** Table columns as fractions of the content width: competency, before, after, change, gain, bars. */
    private static final float[] COLUMNS = {0.36f, 0.09f, 0.09f, 0.10f, 0.14f, 0.22f};
    private static final String[] HEADINGS = {"competency", "before", "after", "change", "gain"};

    private final PdfDocument pdf;
    private final CertificateDocument c;
    private final CertificateFonts.Set fonts;
    private final CertificateLabels labels;
    private final TagTreePointer tags;
    /** The page being drawn on; a PdfCanvas appends a content stream, so there is one per page. */
    private PdfCanvas canvas;
    private PdfText text;

    CertificatePages(PdfDocument pdf, CertificateDocument c, CertificateFonts.Set fonts, CertificateLabels labels) {
        this.pdf = pdf;
        this.c = c;
        this.fonts = fonts;
        this.labels = labels;
        this.tags = new TagTreePointer(pdf);
    }

    void draw() {
        startPage(pdf.getFirstPage());
        certificatePage();
        scoresPages();
    }

    private void startPage(PdfPage page) {
        // the page is read in structure order; Tabs /S makes the signature field follow it too (PDF/UA 7.18.3)
        page.put(PdfName.Tabs, PdfName.S);
        tags.setPageForTagging(page);
        canvas = new PdfCanvas(page);
        text = new PdfText(canvas, tags, fonts);
    }

    private void certificatePage() {
        text.artifact(() -> {
            canvas.setStrokeColor(ACCENT).setLineWidth(4).rectangle(18, 18, WIDTH - 36, HEIGHT - 36).stroke();
            canvas.setLineWidth(0.8f).rectangle(26, 26, WIDTH - 52, HEIGHT - 52).stroke();
            canvas.setStrokeColor(INK).setLineWidth(0.8f).moveTo(90, 96).lineTo(350, 96).stroke();
        });
        float centre = WIDTH / 2;
        text.open(StandardRoles.P);
        text.spaced(labels.get("header", CertificatePdf.ISSUER).toUpperCase(labels.locale()), fonts.sansBold(), 11, 2, ACCENT,
                centre, 528);
        text.close();
        text.element(StandardRoles.H1, labels.get("title"), fonts.serifBold(), 34, INK, centre, 478, Align.CENTER, CONTENT);
        text.element(StandardRoles.P, labels.get("certifies"), fonts.sans(), 13, MUTED, centre, 430, Align.CENTER, CONTENT);
        holderName(centre);
        text.element(StandardRoles.P, labels.get("completed"), fonts.sans(), 13, MUTED, centre, 356, Align.CENTER, CONTENT);
        text.element(StandardRoles.H2, c.courseTitle(), fonts.sansBold(), 20, INK, centre, 324, Align.CENTER, CONTENT);
        text.element(StandardRoles.P, labels.get("version-hours", c.courseVersion(), hours(c.ceHours()),
                hours(c.ceHours().subtract(c.liveHours())), hours(c.liveHours())), fonts.sans(), 12, INK, centre, 296,
                Align.CENTER, CONTENT);
        text.element(StandardRoles.P, labels.get("dates", labels.date(c.issuedOn()), labels.date(c.expiresOn())), fonts.sans(),
                12, INK, centre, 274, Align.CENTER, CONTENT);

        // signature line (bottom left); QR code and id (bottom right)
        text.element(StandardRoles.P, labels.get("signatory", CertificatePdf.ISSUER), fonts.sans(), 10, MUTED, 90, 83,
                Align.LEFT, 260);
        text.open(StandardRoles.P);
        text.paragraph(labels.get("signed-note", CertificatePdf.ISSUER, c.verificationUrl()), fonts.sans(), 8, 10, MUTED, 90,
                62, 330);
        text.close();
        var qr = new BarcodeQRCode(c.verificationUrl()).createFormXObject(INK, 3, pdf);
        text.figure(labels.get("qr-alt", c.verificationUrl()),
                () -> canvas.addXObjectFittedIntoRectangle(qr, new Rectangle(WIDTH - 176, 58, 96, 96)));
        text.open(StandardRoles.P);
        text.line(labels.get("id"), fonts.sans(), 8, MUTED, WIDTH - 190, 100, Align.RIGHT, 290);
        text.line(c.groupedId(), fonts.sansBold(), 10, INK, WIDTH - 190, 86, Align.RIGHT, 290);
        text.close();
    }

    /** On one line if it fits at full size, else on two lines (smaller, never below {@link #NAME_MIN}) before shrinking. */
    private void holderName(float centre) {
        text.open(StandardRoles.P);
        if (text.width(c.holderName(), fonts.serifBold(), NAME_SIZE) <= CONTENT) {
            text.line(c.holderName(), fonts.serifBold(), NAME_SIZE, INK, centre, 390, Align.CENTER, CONTENT);
        } else {
            PdfText.Fitted name = text.fit(c.holderName(), fonts.serifBold(), NAME_TWO_LINES, NAME_MIN, CONTENT, 2);
            float baseline = name.lines().size() == 1 ? 390 : 408;
            for (String line : name.lines()) {
                text.line(line, fonts.serifBold(), name.size(), INK, centre, baseline, Align.CENTER, CONTENT);
                baseline -= name.size() + 3;
            }
        }
        text.close();
    }

    private void scoresPages() {
        List<CompetencyScore> scores = c.scores();
        float y = scoresHeader(true);
        text.open(StandardRoles.TABLE);
        headingRow();
        for (CompetencyScore s : scores) {
            List<String> title = text.wrap(s.title(), fonts.sans(), 10, COLUMNS[0] * CONTENT - 8);
            float height = 10 + 12 * Math.min(title.size(), 3);
            if (y - height < 90) {
                y = scoresHeader(false);
                text.artifact(this::headingRow);
            }
            row(s, title, y, height);
            y -= height;
        }
        text.close();
        text.open(StandardRoles.P);
        text.paragraph(labels.get("scores.footnote"), fonts.sans(), 8, 10, MUTED, MARGIN, y - 18, CONTENT);
        text.close();
    }

    /** A new page with the title; on the first page in the structure, on a continuation page an artifact. Returns the top of the first row. */
    private float scoresHeader(boolean first) {
        startPage(pdf.addNewPage(CertificateTemplate.PAGE));
        Runnable title = () -> {
            text.element(StandardRoles.H2, labels.get("scores.title"), fonts.serifBold(), 20, INK, MARGIN, 515, Align.LEFT,
                    CONTENT);
            text.open(StandardRoles.P);
            text.paragraph(labels.get("scores.summary", c.holderName(), c.courseTitle(), c.courseVersion(), c.groupedId()),
                    fonts.sans(), 10, 12, MUTED, MARGIN, 496, CONTENT);
            text.close();
        };
        if (first) {
            title.run();
        } else {
            text.artifact(title);
        }
        float x = MARGIN + CONTENT - COLUMNS[5] * CONTENT;
        text.artifact(() -> {
            bar(x + 4, 465, 10, 100, PRE);
            bar(x + 60, 465, 10, 100, ACCENT);
            canvas.setStrokeColor(ACCENT).setLineWidth(0.8f).moveTo(MARGIN, 455).lineTo(MARGIN + CONTENT, 455).stroke();
        });
        text.artifact(() -> {
            text.line(labels.get("scores.legend-before"), fonts.sans(), 8, MUTED, x + 17, 463, Align.LEFT, 40);
            text.line(labels.get("scores.legend-after"), fonts.sans(), 8, MUTED, x + 73, 463, Align.LEFT, 40);
        });
        return 455;
    }

    /** The column headings, each a TH scoped to its column. */
    private void headingRow() {
        text.open(StandardRoles.TR);
        float x = MARGIN;
        for (int i = 0; i < HEADINGS.length; i++) {
            var scope = new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Column");
            text.open(PdfText.role(StandardRoles.TH).addAttributes(scope));
            text.line(labels.get("scores." + HEADINGS[i]), fonts.sansBold(), 10, ACCENT, x + 4, 462, Align.LEFT,
                    COLUMNS[i] * CONTENT - 8);
            text.close();
            x += COLUMNS[i] * CONTENT;
        }
        text.close();
    }

    private void row(CompetencyScore s, List<String> title, float top, float height) {
        float baseline = top - 15;
        float x = MARGIN + 4;
        text.open(StandardRoles.TR).open(StandardRoles.TD);
        for (int i = 0; i < Math.min(title.size(), 3); i++) {
            text.line(title.get(i), fonts.sans(), 10, INK, x, baseline - 12 * i, Align.LEFT, COLUMNS[0] * CONTENT - 8);
        }
        text.close();
        Double gain = s.normalizedGain();
        String[] values = {percent(s.pre()), percent(s.post()), labels.decimal("%+.1f", s.change()),
                gain == null ? labels.get("scores.not-applicable") : labels.decimal("%.2f", gain)};
        x = MARGIN + COLUMNS[0] * CONTENT;
        for (int i = 0; i < values.length; i++) {
            text.element(StandardRoles.TD, values[i], fonts.sans(), 10, INK, x + 4, baseline, Align.LEFT,
                    COLUMNS[i + 1] * CONTENT - 8);
            x += COLUMNS[i + 1] * CONTENT;
        }
        text.close();
        float barX = x;
        float barWidth = COLUMNS[5] * CONTENT - 8;
        text.artifact(() -> {
            bar(barX + 4, baseline + 4, barWidth, s.pre(), PRE);
            bar(barX + 4, baseline - 2, barWidth, s.post(), ACCENT);
            canvas.setStrokeColor(RULE).setLineWidth(0.5f).moveTo(MARGIN, top - height).lineTo(MARGIN + CONTENT, top - height)
                    .stroke();
        });
    }

    private void bar(float x, float y, float width, double percent, Color color) {
        canvas.setFillColor(color).rectangle(x, y, width * (float) Math.max(1, Math.min(100, percent)) / 100, 4).fill();
    }

    private String hours(java.math.BigDecimal hours) {
        var format = java.text.NumberFormat.getNumberInstance(labels.locale());
        format.setMaximumFractionDigits(2);
        return format.format(hours.stripTrailingZeros());
    }

    private String percent(double value) {
        return String.format(labels.locale(), "%.0f %%", value);
    }
}
