package org.peercert.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.account.CurrentUser;
import org.peercert.account.Role;
import org.peercert.practice.PendingReview;
import org.peercert.practice.PracticeException;
import org.peercert.practice.PracticeService;
import org.peercert.practice.ReviewRequest;

/**
 * For trainers: written replies and goals waiting for a person's judgment. Each gets a rubric score
 * (0-2 per dimension) and a comment; the trainee then sees both and their competency score updates.
 */
@Route("practice/reviews")
@PageTitle("Practice reviews · PeerCert")
@Menu(order = 25, title = "nav.practiceReviews")
@StyleSheet("context://peercert/styles/practice.css")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class ReviewQueueView extends Div {

    private final PracticeService practices;
    private final CurrentUser currentUser;
    private final Div queue = new Div();

    ReviewQueueView(PracticeService practices, CurrentUser currentUser) {
        this.practices = practices;
        this.currentUser = currentUser;
        addClassNames("pc-page", "pc-reading");
        queue.setId("review-queue");
        add(new H1(getTranslation("practice.queue.title")), new Paragraph(getTranslation("practice.queue.intro")), queue);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        List<PendingReview> pending = practices.pendingReviews();
        if (pending.isEmpty()) {
            queue.add(new Paragraph(getTranslation("practice.queue.empty")));
        }
        pending.forEach(r -> queue.add(card(r)));
    }

    private Div card(PendingReview review) {
        var context = new Paragraph(review.context());
        context.addClassName("pc-vignette");
        var written = new Paragraph(review.written()); // the trainee's words, always as text
        written.addClassName("pc-written");
        var card = new Div(new H2(review.practiceTitle()), context, written);
        card.addClassName("pc-step");
        card.setId("review-" + review.reviewId());
        Map<String, RadioButtonGroup<Integer>> scores = new HashMap<>();
        for (String dimension : review.dimensions()) {
            var group = new RadioButtonGroup<Integer>(getTranslation("practice.dimension." + dimension));
            group.setItems(0, 1, ReviewRequest.MAX_POINTS);
            group.setItemLabelGenerator(points -> getTranslation("practice.queue.points." + points));
            group.setId("review-" + review.reviewId() + "-" + dimension);
            scores.put(dimension, group);
            card.add(group);
        }
        var comment = new TextArea(getTranslation("practice.queue.comment"));
        comment.setWidthFull();
        comment.setId("review-" + review.reviewId() + "-comment");
        var save = new Button(getTranslation("practice.queue.save"), click -> {
            Map<String, Integer> given = new HashMap<>();
            scores.forEach((d, g) -> given.put(d, g.getValue()));
            try {
                practices.review(review.reviewId(), currentUser.id(), given, comment.getValue());
                Notification.show(getTranslation("practice.queue.saved"));
                refresh();
            } catch (PracticeException e) {
                Notification.show(e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("review-" + review.reviewId() + "-save");
        card.add(comment, save);
        return card;
    }
}
