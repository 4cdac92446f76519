package org.peercert.practice.ui;

import com.vaadin.flow.component.Html;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.peercert.practice.kinds.EmaSchedule;
import org.peercert.ui.InlineSvg;

/** One day of a check-in schedule as an inline SVG, rendered on the server: sleep, the window, each prompt. */
final class DayTimeline {

    private static final int LEFT = 22;
    private static final int WIDTH = 300;
    private static final int BAR_Y = 44;

    private DayTimeline() {}

    static Html of(EmaSchedule.Case c, EmaSchedule.Design design, String label, String sleepLabel) {
        List<LocalTime> times = design.times();
        var svg = new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pc-timeline\" role=\"img\" viewBox=\"0 0 360 104\" aria-label=\"")
                .append(Entities.escape(label + ": " + String.join(", ", times.stream().map(TimeFormat::of).toList()))).append("\">");
        svg.append(rect(0, 1440, "pc-tl-day"));
        if (c.sleepFrom().isBefore(c.sleepTo())) {
            svg.append(rect(minutes(c.sleepFrom()), minutes(c.sleepTo()), "pc-tl-sleep"));
        } else {
            svg.append(rect(minutes(c.sleepFrom()), 1440, "pc-tl-sleep")).append(rect(0, minutes(c.sleepTo()), "pc-tl-sleep"));
        }
        if (design.from() != null && design.to() != null && design.to().isAfter(design.from())) {
            svg.append(rect(minutes(design.from()), minutes(design.to()), "pc-tl-window"));
        }
        for (int hour = 0; hour <= 24; hour += 6) {
            double x = x(hour * 60);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"pc-tl-tick\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"pc-tl-hour\">%02d:00</text>",
                    x, BAR_Y + 20, x, BAR_Y + 24, x, BAR_Y + 36, hour % 24 == 0 && hour > 0 ? 24 : hour));
        }
        for (int i = 0; i < times.size(); i++) {
            double x = x(minutes(times.get(i)));
            boolean asleep = EmaSchedule.asleepAt(c, times.get(i));
            int labelY = i % 2 == 0 ? BAR_Y - 8 : BAR_Y - 22;
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"6\" class=\"%s\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"pc-tl-time\">%s</text>",
                    x, BAR_Y + 10, asleep ? "pc-tl-prompt pc-tl-bad" : "pc-tl-prompt", x, labelY, TimeFormat.of(times.get(i))));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"100\" class=\"pc-tl-legend\">%s</text>", LEFT,
                Entities.escape(sleepLabel + " " + TimeFormat.of(c.sleepFrom()) + "–" + TimeFormat.of(c.sleepTo()))));
        return InlineSvg.of(svg.append("</svg>").toString(), "pc-timeline-frame");
    }

    private static String rect(int fromMinute, int toMinute, String cssClass) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" rx=\"3\" class=\"%s\"/>",
                x(fromMinute), BAR_Y, x(toMinute) - x(fromMinute), cssClass);
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    private static double x(int minute) {
        return LEFT + minute * (double) WIDTH / 1440;
    }
}
