package org.peercert.learning.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.peercert.account.CurrentUser;
import org.peercert.curriculum.CourseStructure.LessonInfo;
import org.peercert.curriculum.LessonPage;
import org.peercert.learning.LearningException;
import org.peercert.learning.LearningService;

/**
 * A lesson page. It is marked done when the trainee reads to the end (the browser reports when the
 * end marker scrolls into view) or presses "Mark as done".
 */
@Route("learn/:enrollment([0-9]{1,18})/lesson/:lesson([0-9]{1,18})")
@PageTitle("Lesson · PeerCert")
@PermitAll
public class LessonView extends Div implements BeforeEnterObserver {

    private final LearningService learning;
    private final CurrentUser currentUser;
    private long enrollmentId;
    private long lessonId;
    final Button done = new Button();

    LessonView(LearningService learning, CurrentUser currentUser) {
        this.learning = learning;
        this.currentUser = currentUser;
        addClassNames("pc-page", "pc-reading");
        done.setId("lesson-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // once, here: the view instance is reused from lesson to lesson, a listener per show() would pile up
        done.addClickListener(click -> {
            markDone();
            getUI().ifPresent(ui -> ui.navigate(nextPath()));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        enrollmentId = LearningViews.param(event, "enrollment");
        lessonId = LearningViews.param(event, "lesson");
        try {
            show(learning.lesson(currentUser.id(), enrollmentId, lessonId));
        } catch (LearningException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private void show(LessonPage page) {
        removeAll();
        var back = new Anchor(LearningViews.enrollmentPath(enrollmentId), getTranslation("lesson.back"));
        var minutes = new Span(getTranslation("home.minutes", page.minutes()));
        minutes.addClassName("pc-module-meta");
        var body = new Html("<article class=\"pc-lesson\">" + page.html() + "</article>");
        var end = new Div();
        end.setId("lesson-end");
        done.setText(getTranslation("lesson.done"));
        add(back, new H1(page.title()), minutes, body, end, done);
        // report reading to the end without any client build: a plain IntersectionObserver
        end.getElement().executeJs("""
                const marker = this; const view = $0;
                new IntersectionObserver((entries, observer) => {
                  if (entries.some(e => e.isIntersecting)) { observer.disconnect(); view.$server.readToEnd(); }
                }).observe(marker);""", getElement());
    }

    @ClientCallable
    void readToEnd() {
        markDone();
    }

    void markDone() {
        learning.markLessonDone(currentUser.id(), enrollmentId, lessonId);
    }

    /** The next lesson of the same module, or the course home. */
    private String nextPath() {
        var home = learning.home(currentUser.id(), enrollmentId);
        for (var module : home.modules()) {
            List<LessonInfo> lessons = module.module().lessons();
            for (int i = 0; i < lessons.size(); i++) {
                if (lessons.get(i).id() == lessonId && i + 1 < lessons.size()) {
                    return LearningViews.enrollmentPath(enrollmentId) + "/lesson/" + lessons.get(i + 1).id();
                }
            }
        }
        return LearningViews.enrollmentPath(enrollmentId);
    }
}
