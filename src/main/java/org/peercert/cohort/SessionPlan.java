package org.peercert.cohort;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What a trainer enters for a live session, checked on construction: a video-call link over https only
 * (no {@code javascript:} or plain-http link lands in a calendar), 5 minutes to 8 hours, a topic.
 */
public record SessionPlan(LocalDateTime startsLocal, ZoneId zone, int durationMinutes, String meetingUrl, String topic,
        @Nullable String moduleKey) {

    public static final int MAX_MINUTES = 8 * 60;

    public SessionPlan {
        topic = topic.strip();
        meetingUrl = meetingUrl.strip();
        if (topic.isEmpty() || topic.length() > 200) {
            throw new CohortException("cohort.session.error.topic");
        }
        if (durationMinutes < 5 || durationMinutes > MAX_MINUTES) {
            throw new CohortException("cohort.session.error.duration");
        }
        if (!isHttpsLink(meetingUrl)) {
            throw new CohortException("cohort.session.error.link");
        }
    }

    static boolean isHttpsLink(String url) {
        if (url.length() > 500 || url.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
