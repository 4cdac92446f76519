package org.peercert.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The session calendar file read back by RFC 5545's line rules (3.1 folding, 3.3.11 text escaping). */
class IcsTest {

    private static final String TOPIC = "Week 3: SMS, consent; boundaries \\ crisis\nbring questions — ¿dudas? ñandú ".repeat(2);

    private static String ics() {
        var session = new LiveSession(42, new SessionPlan(LocalDateTime.of(2027, 7, 1, 18, 30), ZoneId.of("America/New_York"), 120,
                "https://meet.example.org/dpsc?room=week-3&lang=en", TOPIC, "sms"), Instant.EPOCH);
        ReflectionTestUtils.setField(session, "id", 7L);
        return Ics.of(session, "Spring, 2027", "peercert.example.org", Instant.parse("2027-06-01T08:00:00Z"));
    }

    @Test
    void everyPhysicalLineEndsInCrlfAndFitsSeventyFiveOctets() {
        String ics = ics();
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void unfoldedTheEventHasItsRequiredPropertiesOnceWithUtcTimesAndEscapedText() {
        Map<String, String> event = properties(ics());
        assertThat(event).containsEntry("UID", "live-session-7@peercert.example.org")
                .containsEntry("DTSTAMP", "20270601T080000Z")
                .containsEntry("DTSTART", "20270701T223000Z") // 18:30 in New York in July (EDT, UTC-4)
                .containsEntry("DURATION", "PT120M")
                .containsEntry("URL", "https://meet.example.org/dpsc?room=week-3&lang=en");
        assertThat(unescape(event.get("SUMMARY"))).isEqualTo("Spring, 2027: " + TOPIC.strip());
        assertThat(event.get("SUMMARY")).contains("Spring\\, 2027: Week 3: SMS\\, consent\\; boundaries \\\\ crisis\\nbring");
        assertThat(ics()).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    /** Unfolds (a CRLF followed by one space continues the line) and reads NAME:VALUE, failing on a repeated name. */
    private static Map<String, String> properties(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        Map<String, String> props = new LinkedHashMap<>();
        List<String> lines = Arrays.asList(unfolded.split("\r\n"));
        int begin = lines.indexOf("BEGIN:VEVENT");
        for (String line : lines.subList(begin + 1, lines.indexOf("END:VEVENT"))) {
            int colon = line.indexOf(':');
            assertThat(props.put(line.substring(0, colon), line.substring(colon + 1))).as("repeated " + line).isNull();
        }
        return props;
    }

    private static String unescape(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
