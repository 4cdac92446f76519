package org.peercert.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.peercert.Mails;
import org.peercert.PeerCertApplication;
import org.peercert.TestSmtp;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.learning.LearningService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application instances on one MariaDB database (as behind a load balancer) run the reminder job at
 * the same moment, twice: each inactive trainee gets exactly one reminder; nobody else gets one.
 */
class InactivityReminderTwoInstancesIT {

    private static final String SUBJECT = "Your course is waiting for you";

    private static ConfigurableApplicationContext start(String database, int smtpPort) {
        // arguments, not default properties: they must win over application.properties
        return new SpringApplicationBuilder(PeerCertApplication.class).profiles("test")
                .run("--peercert.embedded-db.database=" + database, "--server.port=0",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                        "--peercert.reminders.inactive-days=7");
    }

    @Test
    void twoInstancesRunningTheReminderJobSendOneMailPerInactiveTrainee() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String database = "t_two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var first = start(database, port); var second = start(database, port)) {
            var accounts = first.getBean(AccountService.class);
            var learning = first.getBean(LearningService.class);
            var jdbc = first.getBean(JdbcTemplate.class);
            List<String> inactive = List.of(TestUsers.uniqueEmail(), TestUsers.uniqueEmail(), TestUsers.uniqueEmail());
            String optedOut = TestUsers.uniqueEmail();
            String active = TestUsers.uniqueEmail();
            for (String email : List.of(inactive.get(0), inactive.get(1), inactive.get(2), optedOut, active)) {
                long id = accounts.registerTrainee(new Registration("Lee Inactive", email, TestUsers.STRONG_PASSWORD, true, "en")).getId();
                learning.enroll(id, "dpsc");
                jdbc.update("update app_user set created_at = now(6) - interval 30 day where id = ?", id);
            }
            long optedOutId = accounts.findByEmail(optedOut).orElseThrow().getId();
            accounts.updateProfile(optedOutId, "Lee Inactive", "en", false);
            accounts.recordLogin(active);

            for (int round = 0; round < 2; round++) {
                var go = new CountDownLatch(1);
                var a = CompletableFuture.runAsync(() -> awaitThenRun(go, first.getBean(InactivityReminders.class)));
                var b = CompletableFuture.runAsync(() -> awaitThenRun(go, second.getBean(InactivityReminders.class)));
                go.countDown();
                CompletableFuture.allOf(a, b).get();
                // the second round must not be stopped by the lock alone: it is released for this test
                jdbc.update("update job_lock set locked_until = now(6) - interval 1 second");
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> inactive.stream().allMatch(to -> reminders(smtp, to) >= 1));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                    inactive.stream().allMatch(to -> reminders(smtp, to) == 1)
                            && reminders(smtp, optedOut) == 0 && reminders(smtp, active) == 0);
            assertThat(Mails.linkPath(TestSmtp.to(smtp, inactive.getFirst()).stream()
                    .filter(m -> Mails.subject(m).startsWith(SUBJECT)).findFirst().orElseThrow())).startsWith("/learn/");
        } finally {
            smtp.stop();
        }
    }

    private static void awaitThenRun(CountDownLatch go, InactivityReminders job) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        job.run();
    }

    private static long reminders(GreenMail smtp, String to) {
        return TestSmtp.to(smtp, to).stream().filter(m -> Mails.subject(m).startsWith(SUBJECT)).count();
    }
}
