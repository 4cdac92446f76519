package org.peercert.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.peercert.account.AccountService;
import org.peercert.cohort.LiveSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds cohort members of a live session about a day before, with its calendar file attached. Each run
 * covers every session starting in the next 24 hours, so a missed run (downtime) is caught up; each (session,
 * member) mail is queued once through its dedup key, and the job runs on one instance ({@link JobLock}).
 * Members who turned reminders off get none.
 */
@Component
class LiveSessionReminders {

    static final Duration AHEAD = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(LiveSessionReminders.class);

    private final LiveSessions sessions;
    private final AccountService accounts;
    private final Outbox outbox;
    private final JobLock lock;
    private final Clock clock;

    LiveSessionReminders(LiveSessions sessions, AccountService accounts, Outbox outbox, JobLock lock, Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.outbox = outbox;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(cron = "${peercert.session-reminders.cron:0 0 * * * *}")
    void run() {
        lock.runExclusively("live-session-reminders", Duration.ofMinutes(30), Duration.ofMinutes(5), this::remindAll);
    }

    /** Queues the reminders due now; returns how many were queued. */
    int remindAll() {
        Instant now = clock.instant();
        int queued = 0;
        for (LiveSessions.Upcoming upcoming : sessions.startingBetween(now, now.plus(AHEAD))) {
            for (long memberId : upcoming.memberIds()) {
                if (remind(upcoming, memberId)) {
                    queued++;
                }
            }
        }
        log.info("Live session reminders queued: {}", queued);
        return queued;
    }

    private boolean remind(LiveSessions.Upcoming upcoming, long memberId) {
        var member = accounts.findById(memberId).filter(user -> user.isRemindersEnabled());
        if (member.isEmpty()) {
            return false;
        }
        var user = member.get();
        var session = upcoming.session();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(user.getLocale())).format(session.getStartsAt().atZone(session.getZone()));
        return outbox.enqueue(Mail.of("session-reminder", user.getEmail(), user.getLocale(), Map.of(
                        "name", user.getDisplayName(), "cohort", upcoming.cohortName(), "topic", session.getTopic(),
                        "when", when, "zone", session.getZone().getId(), "minutes", session.getDurationMinutes(),
                        "url", session.getMeetingUrl(), "profile", outbox.link("/profile")))
                .forUser(memberId)
                .attach(new MailAttachment("session-" + session.getId() + ".ics", "text/calendar; charset=UTF-8",
                        upcoming.ics().getBytes(StandardCharsets.UTF_8)))
                .once("live-session:" + session.getId() + ":" + memberId)).isPresent();
    }
}
