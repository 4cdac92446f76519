package org.peercert.cohort;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One live session as an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets, text values
 * escaped (backslash, semicolon, comma, newline), times in UTC so no VTIMEZONE block is needed. The UID is
 * stable per session, so a calendar updates the event when the file is downloaded again.
 */
final class Ics {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Ics() {}

    static String of(LiveSession session, String cohortName, String host, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//PeerCert//Cohort sessions//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:live-session-" + session.getId() + "@" + host);
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(session.getStartsAt()));
        line(ics, "DURATION:PT" + session.getDurationMinutes() + "M");
        line(ics, "SUMMARY:" + text(cohortName + ": " + session.getTopic()));
        line(ics, "DESCRIPTION:" + text(session.getTopic() + "\n" + session.getMeetingUrl()));
        line(ics, "LOCATION:" + text(session.getMeetingUrl()));
        line(ics, "URL:" + session.getMeetingUrl()); // a URI value: not text-escaped; https only (SessionPlan)
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line folded so no physical line exceeds 75 octets (never splitting a UTF-8 sequence). */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
