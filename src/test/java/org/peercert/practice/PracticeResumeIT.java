package org.peercert.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertApplication;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Practice attempts survive an application restart with every step taken. */
class PracticeResumeIT {

    private final String database = "t_practice_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PeerCertApplication.class)
                .profiles("test")
                .run("--server.port=0", "--peercert.embedded-db.database=" + database);
    }

    @Test
    void conversationAndScheduleResumeAfterRestartWithEveryStep() {
        long user;
        long chat;
        long schedule;
        List<PracticeStep> chatBefore;
        List<PracticeStep> scheduleBefore;
        try (var app = start()) {
            user = app.getBean(AccountService.class)
                    .registerTrainee(new Registration("Lee Park", TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en")).getId();
            long version = app.getBean(CourseCatalog.class).publishedCourse("dpsc").orElseThrow().versionId();
            var practices = app.getBean(PracticeService.class);
            chat = practices.startOrResume(user, version, "sms-jordan-hard-day").id();
            PracticeRuns.reply(practices, user, chat, "curious", "What happened at work?");
            PracticeRuns.reply(practices, user, chat, "ask-directly", "");
            schedule = practices.startOrResume(user, version, "ema-tomas-mood-sleep").id();
            Map.of("prompts", "4", "from", "09:00", "to", "21:00", "concern", "agreed-plan")
                    .forEach((k, v) -> practices.saveStep(schedule, user, new PracticeStep(k, Map.of("value", v))));
            chatBefore = practices.session(chat, user).steps();
            scheduleBefore = practices.session(schedule, user).steps();
        }

        try (var app = start()) {
            var practices = app.getBean(PracticeService.class);
            assertThat(practices.session(chat, user).steps()).isEqualTo(chatBefore).hasSize(2);
            assertThat(practices.session(schedule, user).steps()).containsExactlyInAnyOrderElementsOf(scheduleBefore).hasSize(4);
            // and the conversation goes on from where it was
            PracticeResult result = PracticeRuns.converse(practices, user, chat, "stay-with");
            assertThat(result.attempt().percent()).isEqualTo(Math.round(12.0 / 13 * 1000) / 10.0);
        }
    }
}
