package org.peercert.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.TestSmtp;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * The production path: Debian's MariaDB server as a separate process and two instances of the packaged jar on
 * it, started at the same moment, as two nodes behind a load balancer. One server and the two instances are
 * shared by the methods of this class (each start costs ~15 s of the 2 cores).
 */
class ExternalMariaDbIT {

    private static final String ACHIEVEMENT = "/achievements/dpsc/1.2.1";

    @TempDir
    static Path home;

    private static Deployment deployment;
    private static ExternalMariaDb db;
    private static GreenMail smtp;
    private static AppInstance a;
    private static AppInstance b;

    @BeforeAll
    static void startServerAndTwoInstances() throws Exception {
        // the same public address on every node: it is printed into QR codes and credentials
        deployment = Deployment.start(home, List.of("a", "b"), "--peercert.base-url=http://peercert.test",
                "--peercert.mail.poll-interval=500ms",
                // an SMTP outage of an hour, compressed: the same backoff, in milliseconds
                "--peercert.mail.retry-initial=300ms", "--peercert.mail.retry-max=1s", "--peercert.mail.max-attempts=1000");
        db = deployment.db();
        smtp = deployment.smtp();
        a = deployment.node(0);
        b = deployment.node(1);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (deployment != null) {
            deployment.close();
        }
    }

    @Test
    void twoInstancesStartedTogetherMigrateOnceAndServeTheSameCourse() throws Exception {
        long migrations;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        db.inDatabase(jdbc -> {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "SELECT version, COUNT(*) AS runs, MIN(success) AS ok FROM flyway_schema_history "
                            + "WHERE version IS NOT NULL GROUP BY version");
            assertThat(rows).hasSize((int) migrations)
                    .allSatisfy(row -> assertThat(((Number) row.get("runs")).intValue()).as("runs of V%s", row.get("version")).isEqualTo(1))
                    .allSatisfy(row -> assertThat(row.get("ok")).asString().isIn("1", "true"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM course_version", Integer.class))
                    .as("the curriculum loaded once, not once per node").isEqualTo(1);
        });

        var onA = a.get(ACHIEVEMENT);
        var onB = b.get(ACHIEVEMENT);
        assertThat(onA.statusCode()).isEqualTo(200);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onA.body()).contains("dpsc");
        sameJson(onA.body(), onB.body());
        assertThat(a.get("/.well-known/jwks.json").body()).as("one organisation key on both nodes")
                .isEqualTo(b.get("/.well-known/jwks.json").body());
    }

    @Test
    void mailsQueuedOnceAreSentOnceByTwoInstancesPollingTheOutbox() throws Exception {
        List<String> recipients = List.of(unique(), unique(), unique(), unique(), unique(), unique());
        queue(recipients, "Two nodes");

        await().atMost(Duration.ofSeconds(60)).until(() -> recipients.stream().allMatch(to -> TestSmtp.to(smtp, to).size() >= 1));
        // both nodes poll every 500 ms: a few more rounds must not send any mail a second time
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> recipients.stream().allMatch(to -> TestSmtp.to(smtp, to).size() == 1));
        db.inDatabase(jdbc -> assertThat(jdbc.queryForList("SELECT status FROM mail_message WHERE subject = 'Two nodes'",
                String.class)).hasSize(recipients.size()).containsOnly("SENT"));
    }

    @Test
    void mailsQueuedWhileTheSmtpServerIsDownAreEachSentOnceWhenItReturns() throws Exception {
        List<String> recipients = List.of(unique(), unique(), unique());
        smtp.stop();
        try {
            queue(recipients, "SMTP outage");
            // every mail tried and failed at least twice on the nodes (the outbox's retry, not a lucky first try)
            await().atMost(Duration.ofSeconds(60)).until(() -> failedAttempts("SMTP outage") >= 2 * recipients.size());
        } finally {
            smtp.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> recipients.stream().allMatch(to -> TestSmtp.to(smtp, to).size() >= 1));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> recipients.stream().allMatch(to -> TestSmtp.to(smtp, to).size() == 1));
    }

    private static int failedAttempts(String subject) throws Exception {
        int[] attempts = {0};
        db.inDatabase(jdbc -> attempts[0] = jdbc.queryForObject(
                "SELECT COALESCE(SUM(attempts), 0) FROM mail_message WHERE subject = ? AND status = 'PENDING' "
                        + "AND last_error IS NOT NULL", Integer.class, subject));
        return attempts[0];
    }

    private static void queue(List<String> recipients, String subject) throws Exception {
        db.inDatabase(jdbc -> {
            var now = Timestamp.from(Instant.now());
            for (String to : recipients) {
                // what Outbox.enqueue stores in the caller's transaction: a rendered mail, PENDING, due now
                jdbc.update("INSERT INTO mail_message (recipient, kind, locale, subject, text_body, html_body, status, "
                        + "attempts, created_at, next_attempt_at) VALUES (?, 'test', 'en', ?, 'Hello', "
                        + "'<p>Hello</p>', 'PENDING', 0, ?, ?)", to, subject, now, now);
            }
        });
    }

    @Test
    void afterTheDatabaseServerIsKilledAndComesBackTheRunningAppServesAgainWithoutARestart() throws Exception {
        String before = a.get(ACHIEVEMENT).body();

        db.kill();
        try {
            var duringOutage = a.get(ACHIEVEMENT);
            assertThat(duringOutage.statusCode()).as("an error, never a wrong answer such as 404 or an empty course")
                    .isGreaterThanOrEqualTo(500);
        } finally {
            db.start();
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(1, TimeUnit.SECONDS).ignoreExceptions()
                .until(() -> a.get(ACHIEVEMENT).statusCode() == 200 && b.get(ACHIEVEMENT).statusCode() == 200);
        sameJson(before, a.get(ACHIEVEMENT).body());
        sameJson(before, b.get(ACHIEVEMENT).body());
    }

    /** The same JSON; the order of an object's keys may differ between JVMs (hash maps). */
    private static void sameJson(String expected, String actual) throws Exception {
        JSONAssert.assertEquals(expected, actual, JSONCompareMode.STRICT);
    }

    private static String unique() {
        return "node-" + UUID.randomUUID() + "@example.org";
    }
}
