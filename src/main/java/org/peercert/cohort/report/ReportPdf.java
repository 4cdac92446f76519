package org.peercert.cohort.report;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.svg.converter.SvgConverter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.cohort.report.ItemAnalysis.TestAnalysis;

/**
 * The printable report (iText, A4 landscape): scope and counts, the pre/post table, the chart (the view's own
 * SVG), and the item analysis per test with its flags. Fonts are the DejaVu files the certificates embed, so any
 * script in a competency or course title prints.
 */
public final class ReportPdf {

    private static final byte[] SANS = read("/certificate/fonts/DejaVuSans.ttf");
    private static final byte[] SANS_BOLD = read("/certificate/fonts/DejaVuSans-Bold.ttf");

    private ReportPdf() {}

    public static byte[] write(PrePostReport report, ItemAnalysis items, ReportText text, LocalDate date) {
        var out = new ByteArrayOutputStream();
        try (var pdf = new PdfDocument(new PdfWriter(out)); var doc = new Document(pdf, PageSize.A4.rotate())) {
            pdf.getDocumentInfo().setTitle(report.scope().title());
            PdfFont sans = font(SANS);
            PdfFont bold = font(SANS_BOLD);
            doc.setFont(sans).setFontSize(8);
            doc.add(new Paragraph(report.scope().title()).setFont(bold).setFontSize(16));
            doc.add(new Paragraph(report.courseTitle() + " " + report.version() + " · " + date));
            doc.add(new Paragraph(String.format(text.text("report.counts"), report.enrolled(), report.withPre(),
                    report.overall().stats().n(), report.missingPost())));
            doc.add(table(text.prePostHeaders(), bold, report.competencies().stream().map(text::prePostRow).toList(),
                    text.prePostRow(report.overall())));
            doc.add(new Paragraph(text.text("report.notes")).setFontSize(7));
            Image chart = SvgConverter.convertToImage(new ByteArrayInputStream(
                    ReportChart.svg(report.competencies(), text).getBytes(StandardCharsets.UTF_8)), pdf);
            doc.add(chart.setWidth(UnitValue.createPointValue(360)));
            for (TestAnalysis test : items.tests()) {
                doc.add(new Paragraph(testTitle(test, text) + " · " + String.format(text.text("report.item.summary"),
                        test.attempts(), text.fixed(test.alpha(), 2))).setFont(bold).setFontSize(11));
                doc.add(table(text.itemHeaders(), bold, test.items().stream().map(text::itemRow).toList(), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String testTitle(TestAnalysis test, ReportText text) {
        return test.purpose() == AttemptPurpose.QUIZ ? test.title().isBlank() ? test.quizKey() : test.title()
                : text.text(test.purpose() == AttemptPurpose.PRE_TEST ? "report.test.pre" : "report.test.post");
    }

    private static Table table(List<String> headers, PdfFont bold, List<List<String>> rows, @Nullable List<String> last) {
        // fixed layout: columns share the page width and long words wrap, instead of running off the page
        var table = new Table(UnitValue.createPercentArray(headers.size())).useAllAvailableWidth().setFixedLayout().setFontSize(7);
        headers.forEach(h -> table.addHeaderCell(new Cell().add(new Paragraph(h).setFont(bold))));
        rows.forEach(r -> r.forEach(c -> table.addCell(c)));
        if (last != null) {
            last.forEach(c -> table.addCell(new Cell().add(new Paragraph(c).setFont(bold))));
        }
        return table;
    }

    private static PdfFont font(byte[] program) throws IOException {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.PREFER_EMBEDDED);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Objects.requireNonNull(ReportPdf.class.getResourceAsStream(resource), resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
