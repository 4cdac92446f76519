package org.peercert.practice.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.peercert.account.CurrentUser;
import org.peercert.account.Role;
import org.peercert.practice.PendingReview;
import org.peercert.practice.PracticeService;

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
        return new ReviewCard(review, null, practices, currentUser.id(), this::refresh);
    }
}
