package org.peercert.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.account.AccountService;
import org.peercert.cohort.CohortFixtures;
import org.peercert.cohort.LiveSessions;
import org.peercert.cohort.SessionPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Issue #15 item 2: members are reminded of a session a day before, once, with its calendar file attached. */
@PeerCertTest
class LiveSessionRemindersTest {

    @Autowired LiveSessionReminders reminders;
    @Autowired LiveSessions sessions;
    @Autowired AccountService accounts;
    @Autowired Outbox outbox;
    @Autowired ApplicationContext context;

    @Test
    void membersGetOneReminderWithTheCalendarFileForASessionWithinADayAndNoneForLaterOnesOrWithRemindersOff() {
        var f = new CohortFixtures(context);
        long trainer = f.trainer("Tomás Trainer");
        var cohort = f.cohort(trainer, f.dpscVersion());
        long member = f.trainee("Ines Duarte");
        long optedOut = f.trainee("Lena Vogel");
        f.join(trainer, cohort.getId(), member);
        f.join(trainer, cohort.getId(), optedOut);
        var optedOutUser = accounts.findById(optedOut).orElseThrow();
        accounts.updateProfile(optedOut, optedOutUser.getDisplayName(), optedOutUser.getLocale(), false);
        LocalDateTime inTwentyHours = LocalDateTime.now(ZoneOffset.UTC).plusHours(20).withNano(0);
        var soon = sessions.schedule(trainer, cohort.getId(), new SessionPlan(inTwentyHours, ZoneId.of("UTC"), 120,
                "https://meet.example.org/week-1", "Week 1: discovering digital peer support", null));
        sessions.schedule(trainer, cohort.getId(), new SessionPlan(inTwentyHours.plusDays(7), ZoneId.of("UTC"), 120,
                "https://meet.example.org/week-2", "Week 2: competencies", null));

        reminders.remindAll();
        reminders.remindAll(); // a second run (or a second instance) queues nothing more

        String to = accounts.findById(member).orElseThrow().getEmail();
        var mails = outbox.sentTo(to).stream().filter(m -> m.getKind().equals("session-reminder")).toList();
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Tomorrow: live session \"Week 1: discovering digital peer support\" (" + cohort.getName() + ")");
            assertThat(m.getTextBody()).contains("https://meet.example.org/week-1").contains("120 minutes");
            assertThat(outbox.attachmentsOf(m.getId())).singleElement().satisfies(a -> {
                assertThat(a.filename()).isEqualTo("session-" + soon.getId() + ".ics");
                assertThat(new String(a.content(), StandardCharsets.UTF_8)).contains("UID:live-session-" + soon.getId() + "@");
            });
        });
        assertThat(outbox.sentTo(optedOutUser.getEmail())).noneMatch(m -> m.getKind().equals("session-reminder"));
    }
}
