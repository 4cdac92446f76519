package org.peercert.learning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peercert.account.CurrentUser;
import org.peercert.learning.CompetencyReport;
import org.peercert.learning.CompetencyScore;
import org.peercert.learning.LearningException;
import org.peercert.learning.LearningService;

/** Pre to post per competency with a chart, normalised gain and what to review. */
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
            var done = new Paragraph(getTranslation("results.completed"));
            done.addClassName("pc-notice");
            add(done);
        }
        Double gain = report.averageGain();
        add(new Paragraph(getTranslation("results.gain", gain == null ? "–" : String.format("%.2f", gain))));
        add(CompetencyChart.of(report.scores(), getTranslation("results.pre"), getTranslation("results.post")));

        var table = new Grid<CompetencyScore>();
        table.addColumn(CompetencyScore::title).setHeader(getTranslation("results.competency")).setFlexGrow(3);
        table.addColumn(s -> format(s.pre())).setHeader(getTranslation("results.pre"));
        table.addColumn(s -> format(s.post())).setHeader(getTranslation("results.post"));
        table.addColumn(s -> (s.change() >= 0 ? "+" : "") + format(s.change())).setHeader(getTranslation("results.change"));
        table.addColumn(s -> s.normalizedGain() == null ? "–" : String.format("%.2f", s.normalizedGain()))
                .setHeader(getTranslation("results.g"));
        table.setItems(report.scores());
        table.setAllRowsVisible(true);
        table.setId("results-table");
        add(table);

        add(new H2(getTranslation("results.review")));
        if (report.review().isEmpty()) {
            add(new Paragraph(getTranslation("results.review.none")));
        } else {
            var list = new UnorderedList();
            report.review().forEach(r -> list.add(new ListItem(getTranslation("results.review.item",
                    r.competencyTitle(), format(r.post()), String.join(", ", r.moduleTitles())))));
            add(list);
        }
        if (!report.missedExplanations().isEmpty()) {
            add(new H2(getTranslation("results.missed")));
            var list = new UnorderedList();
            report.missedExplanations().forEach(text -> list.add(new ListItem(text)));
            add(list);
        }
    }

    private static String format(double percent) {
        return String.format("%.0f %%", percent);
    }
}
