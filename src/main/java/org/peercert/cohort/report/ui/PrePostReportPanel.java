package org.peercert.cohort.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.peercert.cohort.report.ItemAnalysis;
import org.peercert.cohort.report.ItemAnalysis.TestAnalysis;
import org.peercert.cohort.report.PrePostReport;
import org.peercert.cohort.report.ReportChart;
import org.peercert.cohort.report.ReportCsv;
import org.peercert.cohort.report.ReportPdf;
import org.peercert.cohort.report.ReportScope;
import org.peercert.cohort.report.ReportText;
import org.peercert.ui.InlineSvg;

/**
 * A scope's pre/post comparison (counts, chart, table) and item analysis, with the CSV and PDF downloads.
 * Made by {@link ReportPanels#panel}, which checks access first; the cohort dashboard embeds it as is.
 */
public class PrePostReportPanel extends Div {

    private final ReportScope scope;
    private final ReportPanels services;
    private final ReportText text = new ReportText(this::getTranslation);

    PrePostReportPanel(ReportScope scope, ReportPanels services) {
        this.scope = scope;
        this.services = services;
        addClassName("pc-report");
        var both = services.both.of(scope);
        PrePostReport report = both.prePost();
        ItemAnalysis items = both.items();
        add(new H2(getTranslation("report.heading.prepost")));
        var counts = new Paragraph(String.format(getTranslation("report.counts"), report.enrolled(), report.withPre(),
                report.overall().stats().n(), report.missingPost()));
        counts.setId("report-counts");
        add(counts, downloads());
        if (report.withPre() == 0) {
            add(new Paragraph(getTranslation("report.none")));
            return;
        }
        add(InlineSvg.of(ReportChart.svg(report.competencies(), text), "pc-chart-frame"));
        List<List<String>> rows = new ArrayList<>(report.competencies().stream().map(text::prePostRow).toList());
        rows.add(text.prePostRow(report.overall()));
        add(table("report-prepost", text.prePostHeaders(), rows), new Paragraph(getTranslation("report.notes")));
        add(new H2(getTranslation("report.heading.items")), new Paragraph(getTranslation("report.item.notes")));
        for (TestAnalysis test : items.tests()) {
            add(new H3(ReportPdf.testTitle(test, text)), new Paragraph(String.format(getTranslation("report.item.summary"),
                    test.attempts(), text.fixed(test.alpha(), 2))));
            add(table("report-items-" + test.quizKey() + "-" + test.purpose().name().toLowerCase(java.util.Locale.ROOT),
                    text.itemHeaders(), test.items().stream().map(text::itemRow).toList()));
        }
    }

    private Div downloads() {
        var csv = download("report-csv", "report.download.csv", () -> ReportCsv.write(services.reports.report(scope), false), "csv");
        var anonymous = download("report-csv-anonymous", "report.download.csv-anonymous",
                () -> ReportCsv.write(services.reports.report(scope), true), "csv");
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            var both = services.both.of(scope);
            byte[] bytes = ReportPdf.write(both.prePost(), both.items(), text,
                    LocalDate.now(services.clock.withZone(ZoneOffset.UTC)));
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName("pdf"), "application/pdf", bytes.length);
        }), getTranslation("report.download.pdf"));
        pdf.setId("report-pdf");
        pdf.setTarget(AnchorTarget.BLANK);
        var links = new Div(csv, anonymous, pdf);
        links.addClassNames("pc-report-downloads");
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        return links;
    }

    private Anchor download(String id, String label, java.util.function.Supplier<String> csv, String extension) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(extension), "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation(label));
        anchor.setId(id);
        return anchor;
    }

    private String fileName(String extension) {
        return "peercert-report-" + scope.courseVersionId() + "." + extension;
    }

    private static Grid<List<String>> table(String id, List<String> headers, List<List<String>> rows) {
        var grid = new Grid<List<String>>();
        grid.setId(id);
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            var col = grid.addColumn(row -> row.get(column)).setHeader(headers.get(i)).setResizable(true);
            // the name column wraps at a fixed width, so a long prompt does not push the figures off the screen
            if (i == 0) {
                col.setWidth("16em").setFlexGrow(0);
            } else {
                col.setAutoWidth(true);
            }
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
