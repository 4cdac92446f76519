package org.peercert.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.peercert.account.AccountService;
import org.peercert.account.UserAccount;
import org.peercert.learning.EnrollmentSummary;
import org.peercert.learning.LearningService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds trainees who want reminders, have a course in progress and have not signed in for
 * {@code peercert.reminders.inactive-days}, at most once a week each. The job runs on one instance
 * ({@link JobLock}); besides, each reminder is claimed per user with a conditional write in the same
 * transaction that queues the mail, so even two overlapping runs queue one mail per user and week.
 */
@Component
class InactivityReminders {

    static final Duration AT_MOST_EVERY = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(InactivityReminders.class);

    private final AccountService accounts;
    private final LearningService learning;
    private final Outbox outbox;
    private final JobLock lock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int inactiveDays;

    InactivityReminders(AccountService accounts, LearningService learning, Outbox outbox, JobLock lock, JdbcTemplate jdbc,
            TransactionTemplate transaction, Clock clock, @Value("${peercert.reminders.inactive-days:14}") int inactiveDays) {
        this.accounts = accounts;
        this.learning = learning;
        this.outbox = outbox;
        this.lock = lock;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.inactiveDays = inactiveDays;
    }

    @Scheduled(cron = "${peercert.reminders.cron}")
    void run() {
        lock.runExclusively("inactivity-reminders", Duration.ofMinutes(30), Duration.ofMinutes(5), this::remindAll);
    }

    /** Queues the reminders due now; returns how many. */
    int remindAll() {
        Instant now = clock.instant();
        int queued = 0;
        for (UserAccount user : accounts.traineesInactiveSince(now.minus(Duration.ofDays(inactiveDays)))) {
            var course = learning.enrollments(user.getId()).stream().filter(e -> !e.completed()).findFirst();
            if (course.isPresent() && Boolean.TRUE.equals(transaction.execute(s -> remind(user, course.get(), now)))) {
                queued++;
            }
        }
        log.info("Inactivity reminders queued: {}", queued);
        return queued;
    }

    private boolean remind(UserAccount user, EnrollmentSummary course, Instant now) {
        long userId = user.getId();
        boolean claimed = jdbc.update("insert ignore into inactivity_reminder (user_id, last_sent_at) values (?, ?)",
                userId, Timestamp.from(now)) == 1
                || jdbc.update("update inactivity_reminder set last_sent_at = ? where user_id = ? and last_sent_at <= ?",
                        Timestamp.from(now), userId, Timestamp.from(now.minus(AT_MOST_EVERY))) == 1;
        if (claimed) {
            outbox.enqueue(Mail.of("inactivity-reminder", user.getEmail(), user.getLocale(), Map.of("name", user.getDisplayName(),
                    "days", inactiveDays, "link", outbox.link("/learn/" + course.id()), "profile", outbox.link("/profile")))
                    .forUser(userId));
        }
        return claimed;
    }
}
