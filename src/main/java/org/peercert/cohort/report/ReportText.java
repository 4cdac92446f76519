package org.peercert.cohort.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peercert.cohort.report.ItemAnalysis.Item;
import org.peercert.cohort.report.PrePostReport.CompetencyComparison;
import org.peercert.cohort.report.stats.Figure;
import org.peercert.cohort.report.stats.PairedComparison;

/**
 * The report's tables as text cells, shared by the view and the PDF so both show the same figures the same way.
 * An undefined figure is "—" followed by its reason; {@code texts} translates UI keys (the view's getTranslation).
 */
public final class ReportText {

    private final Function<String, String> texts;

    public ReportText(Function<String, String> texts) {
        this.texts = texts;
    }

    public String text(String key) {
        return texts.apply(key);
    }

    public List<String> prePostHeaders() {
        return List.of("competency", "n", "missing-post", "pre", "post", "change", "t", "wilcoxon", "dz", "dav", "class-gain", "mean-gain")
                .stream().map(k -> text("report.col." + k)).toList();
    }

    public List<String> prePostRow(CompetencyComparison row) {
        PairedComparison c = row.stats();
        List<String> cells = new ArrayList<>();
        cells.add(row.key().equals(PrePostReport.OVERALL_KEY) ? text("report.overall") : row.title());
        cells.add(Integer.toString(c.n()));
        cells.add(Integer.toString(row.missingPost()));
        cells.add(meanSd(c.meanPre(), c.sdPre()));
        cells.add(meanSd(c.meanPost(), c.sdPost()));
        cells.add(c.meanChange().defined() && c.ciLow().defined()
                ? fixed(c.meanChange(), 1) + " [" + fixed(c.ciLow(), 1) + ", " + fixed(c.ciHigh(), 1) + "]" : fixed(c.meanChange(), 1));
        cells.add(c.t().defined() ? "t(" + fixed(c.df(), 0) + ") = " + fixed(c.t(), 2) + ", p " + p(c.p()) : fixed(c.t(), 2));
        var w = c.wilcoxon();
        cells.add(w.wPlus().defined() ? "W+ = " + fixed(w.wPlus(), 1) + ", p " + p(w.p()) + " ("
                + text(w.exact() ? "report.wilcoxon.exact" : "report.wilcoxon.normal") + ")" : fixed(w.p(), 0));
        cells.add(fixed(c.dz(), 2));
        cells.add(fixed(c.dav(), 2));
        cells.add(fixed(c.classGain(), 2));
        cells.add(c.meanIndividualGain().defined() ? fixed(c.meanIndividualGain(), 2) + " (n = " + c.gainsCounted()
                + (c.gainsExcluded() > 0 ? "; " + c.gainsExcluded() + " " + text("report.at-ceiling") : "") + ")"
                : fixed(c.meanIndividualGain(), 2));
        return cells;
    }

    public List<String> itemHeaders() {
        return List.of("item", "attempts", "facility", "sd", "discrimination", "efficiency", "flags", "options", "versions")
                .stream().map(k -> text("report.item." + k)).toList();
    }

    public List<String> itemRow(Item item) {
        var s = item.stats();
        String flags = s.flags().stream().sorted().map(f -> text(f.messageKey())).collect(Collectors.joining(", "));
        String versions = item.otherVersions().stream()
                .map(v -> v.version() + ": " + String.format(Locale.ROOT, "%.1f %%", v.facility()) + " (" + v.attempts() + ")")
                .collect(Collectors.joining("; "));
        return List.of(item.questionKey() + (item.prompt().isBlank() ? "" : " — " + item.prompt()), Integer.toString(s.attempts()),
                percent(s.facility()), percent(s.sd()), percent(s.discrimination()), percent(s.efficiency()), flags,
                options(item), versions);
    }

    /** "text ✓ 12; other 3; no response 1": the key marked, in authored order. */
    private String options(Item item) {
        return item.options().stream().map(o -> (o.text() == null ? text("report.item.no-response")
                : o.text().equals("true") || o.text().equals("false") ? text("report.item." + o.text()) : o.text())
                + (o.correct() ? " ✓" : "") + ": " + o.count()).collect(Collectors.joining("; "));
    }

    /** A figure with {@code decimals} places, or "—" and why. */
    public String fixed(Figure f, int decimals) {
        return f.defined() ? String.format(Locale.ROOT, "%." + decimals + "f", f.get())
                : Figure.DASH + " (" + text(java.util.Objects.requireNonNull(f.reason()).messageKey()) + ")";
    }

    private String percent(Figure f) {
        return f.defined() ? fixed(f, 1) + " %" : fixed(f, 1);
    }

    private String meanSd(Figure mean, Figure sd) {
        return mean.defined() ? fixed(mean, 1) + (sd.defined() ? " (" + fixed(sd, 1) + ")" : "") : fixed(mean, 1);
    }

    /** APA style: "= 0.034", "< 0.001". */
    private String p(Figure p) {
        if (!p.defined()) {
            return fixed(p, 3);
        }
        return p.get() < 0.001 ? "< 0.001" : "= " + String.format(Locale.ROOT, "%.3f", p.get());
    }
}
