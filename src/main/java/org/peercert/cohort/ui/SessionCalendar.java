package org.peercert.cohort.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.peercert.cohort.LiveSession;
import org.peercert.cohort.LiveSessions;

/** The link that downloads a session's .ics file, checked for the viewer when it is fetched. */
final class SessionCalendar {

    private SessionCalendar() {}

    static Anchor download(LiveSessions sessions, long viewerId, LiveSession session, String text) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] ics = sessions.ics(viewerId, session.getId()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(ics), "session-" + session.getId() + ".ics",
                    "text/calendar; charset=UTF-8", ics.length);
        }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, text);
        anchor.setId("ics-" + session.getId());
        return anchor;
    }
}
