package org.peercert.practice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.peercert.practice.PracticeResult;
import org.peercert.practice.RubricLine;

/** The end of a practice: points per rubric dimension with why, and what trainers said about written parts. */
class RubricSummary extends Div {

    RubricSummary(PracticeResult result) {
        setId("practice-summary");
        var total = new Paragraph(getTranslation("practice.total", result.attempt().percent()));
        total.addClassName("pc-notice");
        total.setId("practice-total");
        add(total, new Paragraph(getTranslation(result.counts() ? "practice.counts" : "practice.replayNote")));
        add(new H2(getTranslation("practice.rubric")));
        for (RubricLine line : result.lines()) {
            var row = new Div();
            row.addClassName("pc-rubric-line");
            row.setId("rubric-" + line.dimension());
            var bar = new ProgressBar(0, Math.max(line.possible(), 1), line.earned());
            bar.getElement().setAttribute("aria-label", getTranslation("practice.dimension." + line.dimension()));
            row.add(new H3(getTranslation("practice.dimension." + line.dimension())),
                    new Span(getTranslation("practice.points", fmt(line.earned()), fmt(line.possible()))), bar);
            if (!line.feedback().isEmpty()) {
                var why = new UnorderedList();
                line.feedback().forEach(f -> why.add(new ListItem(f)));
                row.add(why);
            }
            add(row);
        }
        if (!result.reviews().isEmpty()) {
            add(new H2(getTranslation("practice.reviews")));
            result.reviews().forEach(r -> {
                var box = new Div(new Paragraph(r.written()));
                box.addClassName("pc-review-outcome");
                box.setId("review-" + r.itemKey());
                if (r.pending()) {
                    box.add(new Paragraph(getTranslation("practice.review.pending")));
                } else {
                    r.scores().forEach((d, s) -> box.add(new Paragraph(getTranslation("practice.dimension." + d) + ": "
                            + getTranslation("practice.points", s, 2))));
                    var comment = new Paragraph(getTranslation("practice.review.comment", r.comment() == null ? "" : r.comment()));
                    comment.addClassName("pc-trainer-comment");
                    box.add(comment);
                }
                add(box);
            });
        }
    }

    private static String fmt(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}
