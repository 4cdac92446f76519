package org.peercert.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peercert.Browser;
import org.peercert.TestSmtp;
import org.peercert.TestUsers;
import org.peercert.journey.AnswerSheet;
import org.peercert.journey.TraineeJourney;

/**
 * Faults against real processes (issue #17 item 3): the packaged jar killed with {@code kill -9}, Debian's MariaDB
 * server killed and started again under the running jar, the data directory read-only or full. One server, one
 * GreenMail (behind {@link SmtpRelay}) and one jar instance are shared by the methods; the data-directory method
 * starts its own short-lived instance.
 */
class FaultsIT {

    private static final AnswerSheet DPSC = AnswerSheet.of(Path.of("curriculum", "dpsc"));
    private static final String PRACTICE = "sms-jordan-hard-day";

    @TempDir
    static Path home;

    private static Deployment deployment;
    private static ExternalMariaDb db;
    private static GreenMail smtp;
    private static SmtpRelay relay;
    private static AppInstance app;
    private static Path mounted;

    @BeforeAll
    static void startServerAndApp() throws Exception {
        deployment = Deployment.startBehindRelay(home, List.of("app"), args());
        db = deployment.db();
        smtp = deployment.smtp();
        relay = deployment.relay();
        app = deployment.node(0);
    }

    /**
     * Quick polling; a request waits 3 s (not 30) for a connection while the database is down; a claimed mail is
     * released after 2 s (not 10 min), so a mail the app failed to record as sent would go out twice within the test.
     */
    private static String[] args() {
        return new String[] {"--peercert.base-url=http://peercert.test", "--peercert.mail.poll-interval=300ms",
                "--peercert.mail.retry-initial=300ms", "--peercert.mail.retry-max=1s", "--peercert.mail.stale-claim=2s",
                "--spring.datasource.hikari.connection-timeout=3000"};
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (deployment != null) {
            deployment.close();
        }
        if (mounted != null) {
            run(List.of("umount", "-l", mounted.toString()));
        }
    }

    @Test
    void afterKillMinus9MidQuizTheAttemptResumesWithEverySavedAnswerInTheSameOrderAndCanBeSubmitted() throws Exception {
        Map<String, Shown> saved = new LinkedHashMap<>();
        var attemptPath = new AtomicReference<String>();
        acrossAKillMinus9((browser, enrollment) -> {
            browser.click(browser.visible("#home-continue"));
            browser.visible("#quiz-position");
            while (saved.size() < 3) {
                WebElement block = browser.visible(".pc-question-block");
                List<WebElement> options = block.findElements(By.cssSelector("vaadin-radio-button"));
                if (!options.isEmpty()) {
                    int chosen = saved.size() % options.size() == 0 ? 1 % options.size() : 0;
                    saved.put(block.getDomAttribute("id"), new Shown(labels(options), chosen));
                    browser.click(options.get(chosen));
                    int answered = saved.size();
                    // the count comes back from the server once the answer is stored
                    browser.waiting().until(d -> browser.visible("#quiz-position").getText().endsWith(answered + " answered"));
                }
                next(browser);
            }
            attemptPath.set(path(browser));
        }, (browser, enrollment) -> {
            browser.get(attemptPath.get());
            browser.waiting().until(d -> browser.visible("#quiz-position").getText().endsWith(saved.size() + " answered"));
            while (browser.visible("#quiz-previous").getDomAttribute("disabled") == null) {
                previous(browser);
            }
            Map<String, Shown> resumed = new LinkedHashMap<>();
            while (resumed.size() < saved.size()) {
                WebElement block = browser.visible(".pc-question-block");
                String id = block.getDomAttribute("id");
                if (saved.containsKey(id)) {
                    List<WebElement> options = block.findElements(By.cssSelector("vaadin-radio-button"));
                    int checked = -1;
                    for (int i = 0; i < options.size(); i++) {
                        if (options.get(i).getDomAttribute("checked") != null) {
                            checked = i;
                        }
                    }
                    resumed.put(id, new Shown(labels(options), checked));
                }
                next(browser);
            }
            assertThat(resumed).as("every saved answer, on the same options in the same order").isEqualTo(saved);

            browser.click(browser.visible("#quiz-submit"));
            browser.clickButton("Submit anyway"); // waits until the confirm dialog is open
            browser.waiting().until(d -> !d.getCurrentUrl().contains("/attempt/"));
        });
        long attempt = lastId(attemptPath.get());
        db.inDatabase(jdbc -> {
            assertThat(jdbc.queryForObject("SELECT submitted_at IS NOT NULL FROM attempt WHERE id = ?", Boolean.class, attempt))
                    .as("submitted after the restart").isTrue();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attempt_answer WHERE attempt_id = ?", Integer.class, attempt))
                    .isEqualTo(saved.size());
        });
    }

    @Test
    void afterKillMinus9MidPracticeTheConversationResumesWithEverySentReplyAndOwnWordsAndFinishesIntoTheReviewQueue()
            throws Exception {
        String firstWords = "Sounds exhausting. I'm glad you texted me today.";
        String secondWords = "Jordan, are you safe right now? I'm staying with you on this.";
        var practicePath = new AtomicReference<String>();
        var thread = new AtomicReference<List<String>>();
        acrossAKillMinus9((browser, enrollment) -> {
            // module 3 (texting) opens once the first check is taken and the quizzes of modules 1 and 2 are passed
            var trainee = new TraineeJourney(browser, DPSC, "faults-");
            trainee.takePreTest(enrollment, 1); // an empty check is not accepted
            trainee.passQuiz(enrollment, "discovering");
            trainee.passQuiz(enrollment, "competencies");
            openPractice(browser, enrollment);
            practicePath.set(path(browser));
            send(browser, "curious", firstWords);
            send(browser, "ask-directly", secondWords);
            browser.visible("#reply-stay-with"); // the third turn is on the screen, nothing chosen yet
            thread.set(sentSoFar(browser));
            assertThat(thread.get()).as("two replies, two own words, two feedbacks").hasSize(6)
                    .anyMatch(shown -> shown.contains(firstWords)).anyMatch(shown -> shown.contains(secondWords));
            db.inDatabase(jdbc -> assertThat(jdbc.queryForList("SELECT step_value FROM practice_step WHERE attempt_id = ? "
                    + "ORDER BY step_key", String.class, lastId(practicePath.get())))
                    .as("stored before the kill").satisfiesExactly(
                            first -> assertThat(first).contains("\"curious\"", firstWords),
                            second -> assertThat(second).contains("\"ask-directly\"", secondWords)));
        }, (browser, enrollment) -> {
            browser.get("/learn/" + enrollment);
            assertThat(shown(browser, "#practice-" + PRACTICE)).contains("In progress: your steps are saved.");
            openPractice(browser, enrollment);
            assertThat(path(browser)).as("the same attempt, not a new one").isEqualTo(practicePath.get());
            assertThat(sentSoFar(browser)).as("every sent reply and own words with its feedback, in place").isEqualTo(thread.get());

            send(browser, "stay-with", "");
            browser.click(browser.visible("#practice-finish"));
            // the same replies as PracticeResumeIT: 12 of 13 automatic points; the written parts wait for a trainer
            assertThat(shown(browser, "#practice-total")).isEqualTo("Your score: 92.3%");
            assertThat(shown(browser, "#review-001")).contains(firstWords, "Waiting for a trainer");
            assertThat(shown(browser, "#review-002")).contains(secondWords, "Waiting for a trainer");
            browser.get("/learn/" + enrollment);
            assertThat(shown(browser, "#practice-" + PRACTICE)).contains("Done · score 92.3%");
        });
        long attempt = lastId(practicePath.get());
        db.inDatabase(jdbc -> {
            assertThat(jdbc.queryForObject("SELECT status FROM practice_attempt WHERE id = ?", String.class, attempt)).isEqualTo("SUBMITTED");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM practice_step WHERE attempt_id = ?", Integer.class, attempt)).isEqualTo(3);
            assertThat(jdbc.queryForList("SELECT CONCAT(item_key, ' ', status, ' ', written) FROM practice_review "
                    + "WHERE attempt_id = ? ORDER BY item_key", String.class, attempt))
                    .as("the trainers' review queue").containsExactly("001 PENDING " + firstWords, "002 PENDING " + secondWords);
        });
    }

    /** What a trainee does in a phone browser, on their enrollment in DPSC. */
    private interface Visit {
        void run(Browser browser, long enrollment) throws Exception;
    }

    /**
     * What both kill tests share: a new trainee registers, enrolls and does {@code before}; the jar is killed with
     * {@code kill -9} (no shutdown hook, nothing flushed on the way out) and started again on the same database; the
     * trainee signs in again in a fresh browser and does {@code after}.
     */
    private static void acrossAKillMinus9(Visit before, Visit after) throws Exception {
        String email = TestUsers.uniqueEmail();
        long enrollment;
        try (Browser browser = Browser.open(app.port(), 360, 780)) {
            register(browser, email);
            browser.get("/learn");
            browser.click(browser.visible("#enroll-dpsc"));
            browser.waiting().until(d -> d.getCurrentUrl().matches(".*/learn/\\d+$"));
            enrollment = lastId(path(browser));
            visit(browser, enrollment, before, "before-kill");
        }

        app.kill();
        app.restart().awaitReady();

        try (Browser browser = Browser.open(app.port(), 360, 780)) {
            browser.signIn(email, TestUsers.STRONG_PASSWORD);
            visit(browser, enrollment, after, "after-restart");
        }
    }

    /** Runs the visit; when it fails, keeps what the screen showed and its DOM ({@code target/e2e/faults-failed-*}). */
    private static void visit(Browser browser, long enrollment, Visit visit, String phase) throws Exception {
        try {
            visit.run(browser, enrollment);
        } catch (Exception | AssertionError e) {
            browser.screenshot(Browser.SHOTS, "faults-failed-" + phase + ".png");
            Files.writeString(Browser.SHOTS.resolve("faults-failed-" + phase + ".html"), browser.driver().getPageSource());
            throw e;
        }
    }

    private static String path(Browser browser) throws Exception {
        return new URI(browser.driver().getCurrentUrl()).getPath();
    }

    private static long lastId(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static void openPractice(Browser browser, long enrollment) {
        browser.get("/learn/" + enrollment);
        browser.click(browser.visible("#practice-start-" + PRACTICE));
        browser.waiting().until(d -> d.getCurrentUrl().contains("/practice/"));
    }

    /** Writes own words (when given), picks a reply and sends it; returns once the server has stored it. */
    private static void send(Browser browser, String reply, String ownWords) {
        int sent = feedbacks(browser);
        if (!ownWords.isEmpty()) {
            browser.type("#practice-written textarea", ownWords);
        }
        browser.click(browser.visible("#reply-" + reply));
        browser.waiting().until(d -> browser.visible("#practice-send").getDomAttribute("disabled") == null);
        browser.click(browser.visible("#practice-send"));
        // a reply's feedback is drawn only after the engine has stored the step
        browser.waiting().until(d -> feedbacks(browser) == sent + 1);
    }

    /**
     * The element's text once scrolled to it: the page scrolls inside the layout's content area, and Selenium sees
     * nothing of an element scrolled out of it (the summary's top after Finish at the bottom).
     */
    private static String shown(Browser browser, String css) {
        WebElement element = browser.waiting().until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
        browser.js("arguments[0].scrollIntoView({block: 'center'});", element);
        return browser.visible(css).getText();
    }

    private static int feedbacks(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#practice-thread .pc-feedback")).size();
    }

    /**
     * The trainee's sent bubbles (replies, own words) and the feedback on each, top to bottom: their text content, as
     * the first ones are scrolled out of sight (see {@link #shown}).
     */
    private static List<String> sentSoFar(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#practice-thread .pc-bubble-out, #practice-thread .pc-feedback"))
                .stream().map(e -> e.getDomProperty("textContent")).toList();
    }

    private record Shown(List<String> options, int chosen) {}

    @Test
    void whileTheDatabaseIsDownVerificationSaysItCannotCheckAndAfterwardsTheRightDataAndAnInFlightMailGoesOutOnce()
            throws Exception {
        String certificate = seedCertificate("Ada Lovelace-" + UUID.randomUUID().toString().substring(0, 6));
        String holder = holderOf(certificate);
        String to = "outage-" + UUID.randomUUID() + "@example.org";
        var killed = new AtomicBoolean();
        // the database dies after the SMTP server took the mail, before the app could mark it SENT
        relay.onNextHandOver(() -> {
            try {
                db.kill();
                killed.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            queue(to, "In flight");
            await().atMost(Duration.ofSeconds(60)).untilTrue(killed);

            var page = app.get("/verify/" + certificate, "text/html");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body()).contains("We cannot check certificates right now").doesNotContain("No certificate with this ID")
                    .doesNotContain("Exception").doesNotContain("at org.");
            var json = app.get("/verify/" + certificate + ".json", "application/json");
            assertThat(json.statusCode()).isEqualTo(503);
            assertThat(json.body()).isEqualTo("{\"status\":\"UNAVAILABLE\"}");
            assertThat(app.get("/actuator/health/readiness").statusCode()).as("the load balancer takes the node out").isEqualTo(503);
        } finally {
            db.start();
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(1, TimeUnit.SECONDS).ignoreExceptions()
                .until(() -> app.get("/verify/" + certificate, "text/html").statusCode() == 200);
        assertThat(app.get("/verify/" + certificate, "text/html").body()).contains(holder);
        assertThat(app.get("/verify/" + certificate + ".json", "application/json").body()).contains(holder);

        await().atMost(Duration.ofSeconds(60)).until(() -> status(to).equals("SENT"));
        // a few polls past the stale-claim time: a mail the app had forgotten it sent would go out again now
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> TestSmtp.to(smtp, to).size() == 1);
    }

    @Test
    void aReadOnlyOrFullDataDirectoryStopsStartUpWithAClearMessageAndNoPartialKeyAndStartsOnceWritable() throws Exception {
        // production writes nothing there (PDFs and attachments live in the database, the key comes from a keystore):
        // the one thing the app writes into PEERCERT_DATA_DIR is the development signing key, at start-up
        Path dataDir = Files.createDirectories(home.resolve("dd-data"));
        boolean tmpfs = run(List.of("mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", dataDir.toString())) == 0;
        assertThat(tmpfs).as("mounting a tmpfs as the data dir needs root (as here and in .ci/run); without it this "
                + "test cannot make a directory full or read-only for the app, so it fails rather than skip").isTrue();
        mounted = dataDir;
        Map<String, String> development = Map.of("SPRING_PROFILES_ACTIVE", "demo", "PEERCERT_SIGNING_KEYSTORE", "",
                "PEERCERT_SIGNING_PASSWORD", "");

        assertThat(run(List.of("mount", "-o", "remount,ro", dataDir.toString()))).isZero();
        var dd = deployment.start(List.of(), development, "dd", args());
        try {
            assertThat(dd.awaitExit(Duration.ofMinutes(3))).as("read-only: start-up fails").isNotZero();
            assertThat(dd.log()).contains("Cannot write the development signing key into " + dataDir.resolve("signing"))
                    .contains("Read-only file system");
            assertThat(files(dataDir)).isEmpty();

            assertThat(run(List.of("mount", "-o", "remount,rw", dataDir.toString()))).isZero();
            Path filler = fill(dataDir);
            dd.restart();
            assertThat(dd.awaitExit(Duration.ofMinutes(3))).as("full: start-up fails").isNotZero();
            assertThat(dd.log()).contains("No space left on device");
            assertThat(files(dataDir)).as("no partial keystore, no password without its key").containsExactly(filler);

            Files.delete(filler);
            dd.restart().awaitReady();
            assertThat(files(dataDir)).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("development-signing.p12", "development-signing.password");
            assertThat(dd.get("/.well-known/jwks.json").statusCode()).isEqualTo(200);
        } finally {
            dd.close();
        }
    }

    /** Fills the file system until it refuses more bytes; returns the filler file. */
    private static Path fill(Path dir) throws IOException {
        Path filler = dir.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[1024];
            for (int i = 0; i < 1_000_000; i++) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the device is full: what the test wants
        }
        return filler;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static int run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(home.resolve("commands.log").toFile()).start();
        return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    /** A certificate row as issuing stores it (the verification page reads nothing else). */
    private static String seedCertificate(String holder) throws Exception {
        String id = "0" + UUID.randomUUID().toString().replace("-", "").toUpperCase().replaceAll("[ILOU]", "A").substring(0, 25);
        db.inDatabase(jdbc -> {
            long version = jdbc.queryForObject("SELECT MIN(id) FROM course_version", Long.class);
            jdbc.update("INSERT INTO certificate (id, enrollment_id, course_version_id, holder_name, course_key, course_title, "
                    + "course_version, ce_hours, issued_on, expires_on, issued_at, identity_salt) VALUES (?, 0, ?, ?, 'dpsc', "
                    + "'Digital Peer Support Certification', '1.2.1', 12, ?, ?, ?, ?)", id, version, holder,
                    Date.valueOf(LocalDate.now()), Date.valueOf(LocalDate.now().plusYears(2)), Timestamp.from(Instant.now()),
                    UUID.randomUUID().toString().replace("-", ""));
        });
        return id;
    }

    private static String holderOf(String certificate) throws Exception {
        String[] holder = {null};
        db.inDatabase(jdbc -> holder[0] = jdbc.queryForObject("SELECT holder_name FROM certificate WHERE id = ?", String.class, certificate));
        return holder[0];
    }

    private static void queue(String to, String subject) throws Exception {
        db.inDatabase(jdbc -> {
            var now = Timestamp.from(Instant.now());
            jdbc.update("INSERT INTO mail_message (recipient, kind, locale, subject, text_body, html_body, status, "
                    + "attempts, created_at, next_attempt_at) VALUES (?, 'test', 'en', ?, 'Hello', '<p>Hello</p>', 'PENDING', 0, ?, ?)",
                    to, subject, now, now);
        });
    }

    private static String status(String to) throws Exception {
        String[] status = {null};
        db.inDatabase(jdbc -> status[0] = jdbc.queryForObject("SELECT status FROM mail_message WHERE recipient = ?", String.class, to));
        return status[0];
    }

    private static void register(Browser browser, String email) {
        browser.get("/register");
        browser.type("#register-name input", "Robin Faulkner");
        browser.type("#register-email input", email);
        browser.type("#register-password input", TestUsers.STRONG_PASSWORD);
        browser.type("#register-confirm input", TestUsers.STRONG_PASSWORD);
        browser.click(browser.visible("#register-terms"));
        browser.click(browser.visible("#register-submit"));
        browser.visible(".pc-notice");
        browser.signIn(email, TestUsers.STRONG_PASSWORD);
    }

    private static List<String> labels(List<WebElement> options) {
        List<String> labels = new ArrayList<>();
        options.forEach(o -> labels.add(o.getText()));
        return labels;
    }

    private static void next(Browser browser) {
        page(browser, "#quiz-next");
    }

    private static void previous(Browser browser) {
        page(browser, "#quiz-previous");
    }

    private static void page(Browser browser, String button) {
        String before = browser.visible("#quiz-position").getText();
        browser.js("arguments[0].click();", browser.visible(button)); // the sticky nav can sit under the footer
        browser.waiting().until(d -> !browser.visible("#quiz-position").getText().equals(before));
    }

}
