package org.peercert.learning.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peercert.account.CurrentUser;
import org.peercert.assessment.ui.GradeView;
import org.peercert.learning.CompetencyReport;
import org.peercert.learning.CompetencyScore;
import org.peercert.learning.LearningException;
import org.peercert.learning.LearningService;
import org.peercert.ui.LocaleFormat;

/** Pre to post per competency with a chart, the overall gain, any drop, and what to review. */
@Route("learn/:enrollment([0-9]{1,18})/results")
@PageTitle("Results · PeerCert")
@PermitAll
public class ResultsView extends Div implements BeforeEnterObserver {

    private final LearningService learning;
    private final CurrentUser currentUser;

    ResultsView(LearningService learning, CurrentUser currentUser) {
        this.learning = learning;
        this.currentUser = currentUser;
        addClassNames("pc-page", "pc-reading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long enrollmentId = LearningViews.param(event, "enrollment");
        try {
            show(learning.report(currentUser.id(), enrollmentId), enrollmentId);
        } catch (LearningException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private void show(CompetencyReport report, long enrollmentId) {
        removeAll();
        add(new Anchor(LearningViews.enrollmentPath(enrollmentId), getTranslation("lesson.back")),
                new H1(getTranslation("results.title", report.courseTitle())));
        if (report.scores().isEmpty()) {
            add(new Paragraph(getTranslation("results.notYet")));
            return;
        }
        if (report.completed()) {
            var certificate = new Anchor("certificates", getTranslation("results.certificate"));
            certificate.setId("results-certificate");
            var done = new Paragraph(new Text(getTranslation("results.completed") + " "), certificate);
            done.addClassName("pc-notice");
            add(done);
        }
        add(headline(report));
        if (!report.drops().isEmpty()) {
            add(drops(report));
        }
        add(CompetencyChart.of(report.scores(), getTranslation("results.pre"), getTranslation("results.post"),
                chartDescription(report), this::percent));
        add(table(report));
        if (report.scores().stream().anyMatch(s -> s.normalizedGain() == null)) {
            add(new Paragraph(getTranslation("results.g.na.note")));
        }

        add(new H2(getTranslation("results.review")));
        if (report.review().isEmpty()) {
            add(new Paragraph(getTranslation("results.review.none")));
        } else {
            var list = new UnorderedList();
            report.review().forEach(r -> list.add(new ListItem(getTranslation("results.review.item",
                    r.competencyTitle(), percent(r.post()), String.join(", ", r.moduleTitles())))));
            add(list);
        }
        if (!report.missed().isEmpty()) {
            // as promised before the first check: every missed answer explained, with the right one
            add(new H2(getTranslation("results.missed")));
            report.missed().forEach(m -> add(new GradeView(m.question(), m.grade())));
        }
    }

    private Paragraph headline(CompetencyReport report) {
        Double gain = report.classAverageGain();
        var text = gain == null ? getTranslation("results.gain.none")
                : getTranslation("results.gain", decimal(gain), percent(gain * 100));
        var headline = new Paragraph(text);
        headline.setId("results-gain");
        return headline;
    }

    private Div drops(CompetencyReport report) {
        var box = new Div(new Paragraph(getTranslation("results.drops")));
        box.setId("results-drops");
        box.addClassNames("pc-notice", "pc-warning");
        var list = new UnorderedList();
        report.drops().forEach(s -> list.add(new ListItem(
                getTranslation("results.drop.item", s.title(), percent(s.pre()), percent(s.post())))));
        box.add(list);
        return box;
    }

    private String chartDescription(CompetencyReport report) {
        var parts = report.scores().stream()
                .map(s -> getTranslation("results.chart.item", s.title(), percent(s.pre()), percent(s.post())))
                .toList();
        return getTranslation("results.chart.description") + " " + String.join("; ", parts) + ".";
    }

    /** A plain table; on a phone each competency becomes a card whose cells are labelled (see peercert.css). */
    private NativeTable table(CompetencyReport report) {
        String[] headers = {getTranslation("results.competency"), getTranslation("results.pre"),
            getTranslation("results.post"), getTranslation("results.change"), getTranslation("results.g")};
        var head = new NativeTableRow();
        for (String header : headers) {
            head.add(new NativeTableHeaderCell(header));
        }
        var table = new NativeTable();
        table.setId("results-table");
        table.addClassName("pc-results-table");
        table.getHead().add(head);
        var body = table.getBody();
        for (CompetencyScore s : report.scores()) {
            Double g = s.normalizedGain();
            String[] cells = {s.title(), percent(s.pre()), percent(s.post()),
                (s.change() > 0 ? "+" : s.change() < 0 ? "−" : "") + percent(Math.abs(s.change())),
                g == null ? getTranslation("results.g.na") : decimal(g)};
            var row = new NativeTableRow();
            if (s.post() < s.pre()) {
                row.addClassName("pc-drop");
            }
            for (int i = 0; i < cells.length; i++) {
                var cell = new NativeTableCell(cells[i]);
                cell.getElement().setAttribute("data-label", headers[i]);
                row.add(cell);
            }
            body.add(row);
        }
        return table;
    }

    private String decimal(double value) {
        return LocaleFormat.decimal(value, getLocale());
    }

    private String percent(double value) {
        return LocaleFormat.percent(value, getLocale());
    }
}
