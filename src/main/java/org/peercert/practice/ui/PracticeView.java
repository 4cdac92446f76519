package org.peercert.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peercert.account.CurrentUser;
import org.peercert.practice.PracticeException;
import org.peercert.practice.PracticeService;
import org.peercert.practice.PracticeSession;
import org.peercert.practice.PracticeStep;

/**
 * A skill practice: the kind's panel while it runs (every step saved as it is taken, so it resumes
 * exactly where it was), then the rubric summary. Only the attempt's owner can open it.
 */
@Route("learn/:enrollment([0-9]{1,18})/practice/:attempt([0-9]{1,18})")
@PageTitle("Practice · PeerCert")
@StyleSheet("context://peercert/styles/practice.css")
@PermitAll
public class PracticeView extends Div implements BeforeEnterObserver, PracticeActions {

    private final PracticeService practices;
    private final CurrentUser currentUser;
    private long enrollmentId;
    private long attemptId;

    PracticeView(PracticeService practices, CurrentUser currentUser) {
        this.practices = practices;
        this.currentUser = currentUser;
        addClassNames("pc-page", "pc-reading", "pc-practice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        enrollmentId = event.getRouteParameters().getLong("enrollment").orElse(-1L);
        attemptId = event.getRouteParameters().getLong("attempt").orElse(-1L);
        try {
            show(practices.session(attemptId, currentUser.id()));
        } catch (PracticeException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    private void show(PracticeSession session) {
        removeAll();
        add(back(), new H1(session.practice().title()));
        if (session.attempt().submitted()) {
            add(new RubricSummary(practices.result(attemptId, currentUser.id())), replayButton(session));
        } else {
            add(PracticePanels.create(session, this));
        }
    }

    private Anchor back() {
        return new Anchor("learn/" + enrollmentId, getTranslation("lesson.back"));
    }

    private Button replayButton(PracticeSession session) {
        var replay = new Button(getTranslation("practice.replay"), click -> {
            var next = practices.startOrResume(currentUser.id(), session.attempt().courseVersionId(), session.practice().key());
            getUI().ifPresent(ui -> ui.navigate("learn/" + enrollmentId + "/practice/" + next.id()));
        });
        replay.setId("practice-replay");
        return replay;
    }

    @Override
    public boolean save(PracticeStep step) {
        try {
            practices.saveStep(attemptId, currentUser.id(), step);
            return true;
        } catch (PracticeException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
            return false;
        }
    }

    @Override
    public void finish() {
        try {
            practices.submit(attemptId, currentUser.id());
            show(practices.session(attemptId, currentUser.id()));
        } catch (PracticeException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    /** A large primary button that finishes the practice. */
    static Button finishButton(String text, PracticeActions actions) {
        var finish = new Button(text, click -> actions.finish());
        finish.setId("practice-finish");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return finish;
    }

    static Paragraph situation(String text) {
        var p = new Paragraph(text);
        p.addClassName("pc-vignette");
        return p;
    }
}
