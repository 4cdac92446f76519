package org.peercert.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peercert.account.CurrentUser;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.learning.EnrollmentSummary;
import org.peercert.learning.LearningService;

/** The signed-in user's courses, with progress, and the published courses to enroll in. */
@Route("learn")
@PageTitle("My courses · PeerCert")
@Menu(order = 10, title = "nav.learn")
@PermitAll
public class MyCoursesView extends Div {

    MyCoursesView(LearningService learning, CourseCatalog catalog, CurrentUser currentUser) {
        addClassNames("pc-page");
        long userId = currentUser.id();
        add(new H1(getTranslation("learn.title")));
        var enrolled = learning.enrollments(userId);
        enrolled.forEach(e -> add(card(e)));
        var enrolledTitles = enrolled.stream().map(EnrollmentSummary::courseTitle).toList();
        catalog.publishedCourses().stream().filter(c -> !enrolledTitles.contains(c.title())).forEach(course -> {
            var card = new Div(new H2(course.title()), new Paragraph(course.summary()));
            card.addClassName("pc-course");
            var enroll = new Button(getTranslation("learn.enroll"), click -> {
                long id = learning.enroll(userId, course.courseKey());
                getUI().ifPresent(ui -> ui.navigate(LearningViews.enrollmentPath(id)));
            });
            enroll.setId("enroll-" + course.courseKey());
            enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(enroll);
            add(card);
        });
    }

    private Div card(EnrollmentSummary e) {
        var bar = new ProgressBar(0, 100, e.percentDone());
        bar.getElement().setAttribute("aria-label", getTranslation("learn.progress", e.percentDone()));
        var open = new Button(getTranslation(e.completed() ? "learn.review" : "learn.continue"),
                click -> getUI().ifPresent(ui -> ui.navigate(LearningViews.enrollmentPath(e.id()))));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var card = new Div(new H2(e.courseTitle()), new Paragraph(getTranslation("learn.progress", e.percentDone())), bar, open);
        card.addClassName("pc-course");
        return card;
    }
}
