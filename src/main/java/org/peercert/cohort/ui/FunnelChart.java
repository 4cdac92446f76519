package org.peercert.cohort.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.nodes.Entities;
import org.peercert.cohort.CohortDashboard.FunnelStep;
import org.peercert.ui.InlineSvg;

/**
 * The completion funnel as a server-rendered SVG: one horizontal bar per step (enrolled, starting check, each
 * module passed, final check, completed), its label above it, so names stay whole on a 360 px phone.
 */
final class FunnelChart {

    private static final int WIDTH = 360;
    private static final int BAR = 280;
    private static final int BAR_HEIGHT = 14;

    /** about the characters of 13 px sans-serif that fit the width */
    private static final int LABEL_CHARS = 46;

    private FunnelChart() {}

    static List<String> wrap(String text) {
        return InlineSvg.wrap(text, LABEL_CHARS);
    }

    static Html of(List<FunnelStep> steps, Function<FunnelStep, String> label, String description) {
        int total = steps.isEmpty() ? 0 : steps.getFirst().trainees();
        var svg = new StringBuilder();
        int y = 0;
        for (FunnelStep step : steps) {
            List<String> lines = wrap(label.apply(step));
            for (int i = 0; i < lines.size() - 1; i++) { // all but the last line above, the last one just over its bar
                svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"pc-chart-label\">%s</text>", y + 13,
                        Entities.escape(lines.get(i))));
                y += 16;
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"pc-chart-label\">%s</text>", y + 13,
                    Entities.escape(lines.getLast())));
            double width = total == 0 ? 1 : Math.max(1, BAR * (double) step.trainees() / total);
            svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"pc-chart-post\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" class=\"pc-chart-value\">%d</text>", y + 18, width, BAR_HEIGHT, width + 4, y + 30,
                    step.trainees()));
            y += 40;
        }
        String markup = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pc-chart\" role=\"img\" viewBox=\"0 0 " + WIDTH + " "
                + Math.max(y, 1) + "\" aria-label=\"" + Entities.escape(description) + "\">" + svg + "</svg>";
        return InlineSvg.of(markup, "pc-chart-frame pc-funnel");
    }
}
