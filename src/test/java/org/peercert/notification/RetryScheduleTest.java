package org.peercert.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The production retry settings (application.properties, not the tests' fast ones) against an SMTP server that is
 * down for an hour: the mail is still waiting when it comes back and goes out within one retry interval. That each
 * mail then goes out exactly once is shown against a real SMTP server in {@code MailOutboxTest}.
 */
class RetryScheduleTest {

    @Test
    void anHourLongSmtpOutageLosesNoMailAndItGoesOutWithinAnHourOfTheServerReturning() throws IOException {
        RetrySchedule production = productionSchedule();
        Duration outage = Duration.ofHours(1);

        // the mail is first tried when the outage starts; each failed attempt waits as the schedule says
        Duration now = Duration.ZERO;
        int attempt = 1;
        while (now.compareTo(outage) < 0) {
            assertThat(production.givesUpAfter(attempt)).as("gave up after attempt %d at %s", attempt, now).isFalse();
            now = now.plus(production.delayAfter(attempt));
            attempt++;
        }
        assertThat(now.minus(outage)).as("wait after the server is back").isLessThanOrEqualTo(production.max());
        assertThat(production.patience()).as("margin beyond the hour").isGreaterThan(Duration.ofHours(4));
    }

    @Test
    void delaysDoubleFromTheInitialOneUpToTheMaximum() {
        var schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5), 8);

        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.delayAfter(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(schedule.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(schedule.delayAfter(500)).isEqualTo(Duration.ofMinutes(5));
        assertThat(schedule.givesUpAfter(7)).isFalse();
        assertThat(schedule.givesUpAfter(8)).isTrue();
        assertThat(schedule.patience()).isEqualTo(Duration.ofSeconds(30 + 60 + 120 + 240 + 300 + 300 + 300));
    }

    @Test
    void aScheduleThatWouldNeverWaitOrNeverTryIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), 12))
                .hasMessageContaining("peercert.mail.retry-initial");
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(5), Duration.ofMinutes(1), 12))
                .hasMessageContaining("retry-max");
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 0))
                .hasMessageContaining("max-attempts");
    }

    private static RetrySchedule productionSchedule() throws IOException {
        Properties app = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        return new RetrySchedule(DurationStyle.detectAndParse(app.getProperty("peercert.mail.retry-initial")),
                DurationStyle.detectAndParse(app.getProperty("peercert.mail.retry-max")),
                Integer.parseInt(app.getProperty("peercert.mail.max-attempts")));
    }
}
