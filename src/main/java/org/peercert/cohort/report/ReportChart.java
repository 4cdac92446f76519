package org.peercert.cohort.report;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.peercert.cohort.report.PrePostReport.CompetencyComparison;

/**
 * Mean pre and post score per competency as SVG, drawn on the server: the view shows it inline (ui.InlineSvg)
 * and the PDF converts the same markup, so colours are attributes, not CSS. Each competency's name sits on its
 * own line above its two bars (readable at 360 px); the aria-label carries every number.
 */
public final class ReportChart {

    static final int WIDTH = 360;
    private static final int BAR = 290;
    private static final int BAR_HEIGHT = 12;
    static final String PRE_COLOUR = "#9aa5b1";
    static final String POST_COLOUR = "#1f6feb";

    private ReportChart() {}

    public static String svg(List<CompetencyComparison> rows, ReportText text) {
        var body = new StringBuilder();
        var description = new StringBuilder(text.text("report.chart.description"));
        int y = 30;
        for (CompetencyComparison row : rows) {
            if (!row.stats().meanPre().defined()) {
                continue;
            }
            double pre = row.stats().meanPre().get();
            double post = row.stats().meanPost().get();
            description.append(String.format(Locale.ROOT, " %s: %.1f %% → %.1f %%.", row.title(), pre, post));
            body.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\" fill=\"#1b1f24\">%s</text>",
                    y + 11, Entities.escape(shorten(row.title()))));
            y += 15;
            bar(body, y, pre, PRE_COLOUR);
            bar(body, y + BAR_HEIGHT + 2, post, POST_COLOUR);
            y += 2 * BAR_HEIGHT + 12;
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pc-chart\" role=\"img\" width=\"" + WIDTH + "\" height=\"" + y
                + "\" viewBox=\"0 0 " + WIDTH + " " + y + "\" aria-label=\"" + Entities.escape(description.toString()) + "\""
                + " font-family=\"DejaVu Sans, sans-serif\">" + legend(text) + body + "</svg>";
    }

    private static String legend(ReportText text) {
        return String.format(Locale.ROOT, "<rect x=\"0\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                + "<text x=\"16\" y=\"15\" font-size=\"12\">%s</text>"
                + "<rect x=\"140\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                + "<text x=\"156\" y=\"15\" font-size=\"12\">%s</text>", PRE_COLOUR, Entities.escape(text.text("report.chart.pre")),
                POST_COLOUR, Entities.escape(text.text("report.chart.post")));
    }

    private static void bar(StringBuilder svg, int y, double value, String colour) {
        double width = Math.max(1, BAR * value / 100);
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#1b1f24\">%.1f %%</text>",
                y, width, BAR_HEIGHT, colour, width + 4, y + 10, value));
    }

    /** One line per name: a long name is cut with an ellipsis (the table beside it has it whole). */
    private static String shorten(String title) {
        return title.length() <= 52 ? title : title.substring(0, 51) + "…";
    }
}
