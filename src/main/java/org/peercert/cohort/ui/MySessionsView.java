package org.peercert.cohort.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.peercert.account.CurrentUser;
import org.peercert.cohort.LiveSessions;

/** A trainee's live sessions (of every cohort they joined): when, the video-call link, the calendar file. */
@Route("sessions")
@PageTitle("Live sessions · PeerCert")
@Menu(order = 15, title = "nav.sessions")
@PermitAll
public class MySessionsView extends Div implements BeforeEnterObserver {

    private final transient LiveSessions sessions;
    private final transient CurrentUser currentUser;

    MySessionsView(LiveSessions sessions, CurrentUser currentUser) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        addClassNames("pc-page", "pc-reading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long user = currentUser.id();
        var shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale());
        add(new H1(getTranslation("cohort.my-sessions.title")));
        var mine = sessions.forMember(user);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("cohort.my-sessions.none")));
        }
        for (var s : mine) {
            var card = new Div(new H2(s.getTopic()), new Paragraph(getTranslation("cohort.session.when",
                    shown.format(s.getStartsLocal().atZone(s.getZone())), s.getZone().getId(), s.getDurationMinutes())),
                    new Paragraph(new Anchor(s.getMeetingUrl(), getTranslation("cohort.session.join"), AnchorTarget.BLANK), new Span(" · "),
                            SessionCalendar.download(sessions, user, s, getTranslation("cohort.session.ics"))));
            card.addClassName("pc-course");
            add(card);
        }
    }
}
