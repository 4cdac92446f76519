package org.peercert.learning.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.peercert.learning.CompetencyScore;

/** Pre/post bars per competency as an inline SVG, rendered on the server (no chart library, no Node build). */
final class CompetencyChart {

    private static final int ROW = 46;
    private static final int LABEL = 260;
    private static final int BAR = 300;

    private CompetencyChart() {}

    static Html of(List<CompetencyScore> scores, String preLabel, String postLabel) {
        int height = scores.size() * ROW + 30;
        var svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pc-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(LABEL + BAR + 60).append(' ').append(height).append("\" aria-label=\"")
                .append(Entities.escape(preLabel + " / " + postLabel)).append("\">");
        legend(svg, preLabel, postLabel);
        for (int i = 0; i < scores.size(); i++) {
            CompetencyScore s = scores.get(i);
            int y = 30 + i * ROW;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"pc-chart-label\">%s</text>", y + 14,
                    Entities.escape(shorten(s.title()))));
            bar(svg, y, s.pre(), "pc-chart-pre");
            bar(svg, y + 18, s.post(), "pc-chart-post");
        }
        return new Html(svg.append("</svg>").toString());
    }

    private static void legend(StringBuilder svg, String preLabel, String postLabel) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" class=\"pc-chart-pre\"/>"
                + "<text x=\"%d\" y=\"15\">%s</text>", LABEL, LABEL + 16, Entities.escape(preLabel)));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" class=\"pc-chart-post\"/>"
                + "<text x=\"%d\" y=\"15\">%s</text>", LABEL + 120, LABEL + 136, Entities.escape(postLabel)));
    }

    private static void bar(StringBuilder svg, int y, double percent, String cssClass) {
        double width = Math.max(1, BAR * percent / 100);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" class=\"%s\"/>"
                + "<text x=\"%.1f\" y=\"%d\" class=\"pc-chart-value\">%.0f%%</text>",
                LABEL, y, width, cssClass, LABEL + width + 4, y + 12, percent));
    }

    private static String shorten(String title) {
        return title.length() > 38 ? title.substring(0, 36) + "…" : title;
    }
}
