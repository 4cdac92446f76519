package org.peercert.learning.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.jsoup.nodes.Entities;
import org.peercert.learning.CompetencyScore;
import org.peercert.ui.InlineSvg;

/**
 * Pre/post bars per competency as an inline SVG, rendered on the server (no chart library, no Node build).
 * Phone first: each competency's name sits on its own line(s) above its two bars, so a 360 px screen shows
 * whole names and bars at a readable size; the drawing scales to the width it is given.
 */
final class CompetencyChart {

    static final int WIDTH = 360;
    private static final int BAR = 300;
    private static final int LINE = 16;
    private static final int BAR_HEIGHT = 12;
    /** about the characters of 13 px sans-serif that fit the width */
    private static final int LABEL_CHARS = 46;

    private CompetencyChart() {}

    /**
     * @param description the chart's text alternative: read out instead of the drawing, so it carries every number
     */
    static Html of(List<CompetencyScore> scores, String preLabel, String postLabel, String description,
            DoubleFunction<String> percent) {
        var rows = new StringBuilder();
        int y = 28;
        for (CompetencyScore s : scores) {
            for (String line : wrap(s.title())) {
                rows.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"pc-chart-label\">%s</text>",
                        y + 12, Entities.escape(line)));
                y += LINE;
            }
            bar(rows, y + 2, s.pre(), "pc-chart-pre", percent);
            bar(rows, y + 2 + BAR_HEIGHT + 3, s.post(), "pc-chart-post", percent);
            y += 2 * BAR_HEIGHT + 17;
        }
        var svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pc-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(y).append("\" aria-label=\"").append(Entities.escape(description))
                .append("\">");
        legend(svg, preLabel, postLabel);
        return InlineSvg.of(svg.append(rows).append("</svg>").toString(), "pc-chart-frame");
    }

    private static void legend(StringBuilder svg, String preLabel, String postLabel) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"4\" width=\"12\" height=\"12\" class=\"pc-chart-pre\"/>"
                + "<text x=\"16\" y=\"15\">%s</text>", Entities.escape(preLabel)));
        svg.append(String.format(Locale.ROOT, "<rect x=\"140\" y=\"4\" width=\"12\" height=\"12\" class=\"pc-chart-post\"/>"
                + "<text x=\"156\" y=\"15\">%s</text>", Entities.escape(postLabel)));
    }

    private static void bar(StringBuilder svg, int y, double value, String cssClass, DoubleFunction<String> percent) {
        double width = Math.max(1, BAR * value / 100);
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"%s\"/>"
                + "<text x=\"%.1f\" y=\"%d\" class=\"pc-chart-value\">%s</text>",
                y, width, BAR_HEIGHT, cssClass, width + 4, y + 10, Entities.escape(percent.apply(value))));
    }

    /** Word-wraps a name to the label width; a single over-long word is kept whole (the SVG clips, never the table). */
    static List<String> wrap(String title) {
        return InlineSvg.wrap(title, LABEL_CHARS);
    }
}
