package org.peercert.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peercert.practice.PendingReview;
import org.peercert.practice.PracticeException;
import org.peercert.practice.PracticeService;
import org.peercert.practice.ReviewRequest;

/**
 * One written part waiting for a trainer: the situation, the trainee's words (always as text), a 0-2 score
 * per rubric dimension and a comment. Named with the trainee when the queue is a cohort's.
 */
@StyleSheet("context://peercert/styles/practice.css")
public class ReviewCard extends Div {

    public ReviewCard(PendingReview review, @Nullable String traineeName, PracticeService practices, long trainerId,
            Runnable afterSave) {
        var context = new Paragraph(review.context());
        context.addClassName("pc-vignette");
        var written = new Paragraph(review.written());
        written.addClassName("pc-written");
        add(new H2(traineeName == null ? review.practiceTitle() : traineeName + " · " + review.practiceTitle()), context, written);
        addClassName("pc-step");
        setId("review-" + review.reviewId());
        Map<String, RadioButtonGroup<Integer>> scores = new HashMap<>();
        for (String dimension : review.dimensions()) {
            var group = new RadioButtonGroup<Integer>(getTranslation("practice.dimension." + dimension));
            group.setItems(0, 1, ReviewRequest.MAX_POINTS);
            group.setItemLabelGenerator(points -> getTranslation("practice.queue.points." + points));
            group.setId("review-" + review.reviewId() + "-" + dimension);
            scores.put(dimension, group);
            add(group);
        }
        var comment = new TextArea(getTranslation("practice.queue.comment"));
        comment.setWidthFull();
        comment.setId("review-" + review.reviewId() + "-comment");
        var save = new Button(getTranslation("practice.queue.save"), click -> {
            Map<String, Integer> given = new HashMap<>();
            scores.forEach((d, g) -> given.put(d, g.getValue()));
            try {
                practices.review(review.reviewId(), trainerId, given, comment.getValue());
                Notification.show(getTranslation("practice.queue.saved"));
                afterSave.run();
            } catch (PracticeException e) {
                Notification.show(e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("review-" + review.reviewId() + "-save");
        add(comment, save);
    }
}
