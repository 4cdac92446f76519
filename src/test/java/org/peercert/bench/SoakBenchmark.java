package org.peercert.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peercert.TestUsers;
import org.peercert.assessment.Answer;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.AttemptService;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.QuestionBank;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.certification.CertificateFixtures;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Soak: a steady mixed load for {@code -Dbench.soakMinutes} (default 10) against the app on a random port —
 * quiz attempts through the service layer (start, save every answer, submit, again), lesson views by signed-in
 * trainees over the real Vaadin HTTP protocol (one UI per session, moved from lesson to lesson as the client
 * router does) and certificate verification requests (page and JSON) over HTTP. Every
 * {@code -Dbench.sampleSeconds} (30) the used heap after full GC is sampled; the slope (KB/min, least squares,
 * commons-math3) with its 95 % confidence interval says whether the heap trends up. A first
 * {@code -Dbench.soakWarmupSeconds} (60) of the same load is not sampled: JIT, caches and pools fill then.
 * Run: {@code mvn -Pbench test -Dtest=SoakBenchmark [-Dbench.soakMinutes=10]}; samples in target/bench/soak.json.
 * Measures only: it asserts nothing.
 */
@Tag("benchmark")
// the verification limit per client stays in the request path, set out of reach: the benchmark is one client
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "peercert.verification.rate-limit.per-minute=1000000000", "peercert.verification.rate-limit.burst=1000000000"})
@ActiveProfiles("test")
class SoakBenchmark {

    private static final double MINUTES = Double.parseDouble(System.getProperty("bench.soakMinutes", "10"));
    private static final int SAMPLE_SECONDS = Integer.getInteger("bench.sampleSeconds", 30);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.soakWarmupSeconds", 60);
    /** Concurrent quiz takers, each pausing {@code bench.quizThinkMs} between saves: ≈ 40 saves/s by default. */
    private static final int QUIZ_TAKERS = Integer.getInteger("bench.quizTakers", 20);
    private static final long QUIZ_THINK_MS = Long.getLong("bench.quizThinkMs", 500);
    /** Signed-in readers, each opening a lesson every {@code bench.readerThinkMs}: ≈ 10 views/s by default. */
    private static final int READERS = Integer.getInteger("bench.readers", 10);
    private static final long READER_THINK_MS = Long.getLong("bench.readerThinkMs", 1000);
    /** Verification requests per second (page and JSON alternately). */
    private static final int VERIFICATIONS_PER_SECOND = Integer.getInteger("bench.verificationsPerSecond", 10);

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired LearningService learning;
    @Autowired AttemptService attempts;
    @Autowired QuestionBank questionBank;
    @Autowired CourseCatalog catalog;

    private final AtomicLong saves = new AtomicLong();
    private final AtomicLong lessonViews = new AtomicLong();
    private final AtomicLong verifications = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private volatile boolean running = true;

    record Sample(double minute, long usedHeapBytes) {}

    @Test
    void steadyMixedLoadKeepsHeapFlat() throws Exception {
        String loadAtStart = SessionMemoryBenchmark.loadAverage();
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long versionId = catalog.publishedCourse("dpsc").orElseThrow().versionId();
        List<QuestionDefinition> quiz = questionBank.quiz(versionId, "sms");
        String certificate = new CertificateFixtures(context).issue("Soak Holder").id();
        List<Long> takers = users("soak-quiz", QUIZ_TAKERS, "{bcrypt}unused");
        List<VaadinHttpTrainee> readers = new ArrayList<>();
        List<List<String>> lessons = new ArrayList<>();
        for (long reader : users("soak-read", READERS, passwords.encode(TestUsers.STRONG_PASSWORD))) {
            long enrollment = learning.enroll(reader, "dpsc");
            attempts.submit(learning.startPreTest(reader, enrollment).id(), reader); // unlocks module 1's lessons
            lessons.add(learning.home(reader, enrollment).modules().getFirst().module().lessons().stream()
                    .map(l -> "learn/" + enrollment + "/lesson/" + l.id()).toList());
            var browser = new VaadinHttpTrainee(http, port);
            browser.signIn(jdbc.queryForObject("select email from app_user where id = ?", String.class, reader), TestUsers.STRONG_PASSWORD);
            browser.open(lessons.getLast().getFirst());
            readers.add(browser);
        }

        ExecutorService load = Executors.newVirtualThreadPerTaskExecutor();
        for (long user : takers) {
            load.submit(() -> loop(() -> takeQuiz(user, versionId, quiz)));
        }
        for (int i = 0; i < readers.size(); i++) {
            VaadinHttpTrainee browser = readers.get(i);
            List<String> routes = lessons.get(i);
            load.submit(() -> loop(() -> readLessons(browser, routes)));
        }
        load.submit(() -> loop(() -> verify(http, certificate)));

        pause(WARMUP_SECONDS * 1000L);
        List<Sample> samples = new ArrayList<>();
        long started = System.nanoTime();
        long end = started + (long) (MINUTES * 60e9);
        while (true) {
            samples.add(new Sample((System.nanoTime() - started) / 60e9, SessionMemoryBenchmark.usedHeapAfterGc()));
            long next = started + samples.size() * SAMPLE_SECONDS * 1_000_000_000L;
            if (next > end) {
                break;
            }
            pause((next - System.nanoTime()) / 1_000_000);
        }
        running = false;
        load.shutdown();
        load.awaitTermination(1, TimeUnit.MINUTES);
        writeResult(samples, (System.nanoTime() - started) / 1e9, loadAtStart);
    }

    /** One attempt of the module quiz: a quarter of the answers blank, as in QuizBenchmark. */
    private void takeQuiz(long user, long versionId, List<QuestionDefinition> quiz) throws InterruptedException {
        long attemptId = attempts.startOrResume(user, versionId, "sms", AttemptPurpose.QUIZ, 0).id();
        AttemptSheet sheet = attempts.sheet(attemptId, user);
        var random = ThreadLocalRandom.current();
        for (int i = 0; i < quiz.size() && running; i++) {
            Thread.sleep(random.nextLong(QUIZ_THINK_MS / 2, QUIZ_THINK_MS * 3 / 2 + 1));
            var answer = random.nextInt(4) == 0 ? Answer.empty() : AnswerKey.correct(quiz.get(i), sheet.questions().get(i));
            attempts.saveAnswer(attemptId, user, quiz.get(i).id(), answer);
            saves.incrementAndGet();
        }
        attempts.submit(attemptId, user);
    }

    private void readLessons(VaadinHttpTrainee browser, List<String> routes) throws Exception {
        for (String route : routes) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(READER_THINK_MS / 2, READER_THINK_MS * 3 / 2 + 1));
            if (!running) {
                return;
            }
            if (!browser.navigate(route).contains("pc-lesson")) {
                throw new IllegalStateException("the lesson did not render: " + route);
            }
            lessonViews.incrementAndGet();
        }
    }

    private void verify(HttpClient http, String certificate) throws Exception {
        Thread.sleep(1000 / VERIFICATIONS_PER_SECOND);
        boolean json = verifications.get() % 2 == 0;
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/verify/" + certificate + (json ? ".json" : "")))
                .header("Accept", json ? "application/json" : "text/html").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("Soak Holder")) {
            throw new IllegalStateException("verification: HTTP " + response.statusCode());
        }
        verifications.incrementAndGet();
    }

    interface Step {
        void run() throws Exception;
    }

    /** Repeats a step until the soak ends; a failing step is counted (the first one kept) and the load goes on. */
    private void loop(Step step) {
        while (running) {
            try {
                step.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, e.toString());
            }
        }
    }

    private void writeResult(List<Sample> samples, double seconds, String loadAtStart) throws Exception {
        var regression = new SimpleRegression();
        samples.forEach(s -> regression.addData(s.minute(), s.usedHeapBytes() / 1024.0));
        double slope = regression.getSlope();
        double halfWidth = samples.size() > 2 ? regression.getSlopeConfidenceInterval() : Double.NaN;
        // "grows" only when the whole 95 % interval of the slope lies above zero; noise around a flat line does not count
        String verdict = Double.isNaN(halfWidth) ? "too few samples"
                : slope - halfWidth > 0 ? "heap grows" : "no growth trend";
        String rows = samples.stream().map(s -> String.format(Locale.ROOT, "{\"minute\":%.2f,\"usedHeapMB\":%.1f}",
                s.minute(), s.usedHeapBytes() / 1048576.0)).collect(Collectors.joining(",\n  ", "[\n  ", "]"));
        String json = String.format(Locale.ROOT, """
                {"benchmark":"soak","minutes":%.1f,"warmupSeconds":%d,"sampleSeconds":%d,
                 "load":{"quizTakers":%d,"quizThinkMs":%d,"readers":%d,"readerThinkMs":%d,"verificationsPerSecond":%d},
                 "done":{"saves":%d,"savesPerSecond":%.1f,"lessonViews":%d,"verifications":%d,"errors":%d,"firstError":%s},
                 "slopeKBPerMinute":%.1f,"slope95HalfWidthKBPerMinute":%.1f,"verdict":"%s",
                 "maxHeapMB":%d,"samples":%s,
                 "loadAverage":{"start":"%s","end":"%s"},"cores":%d,"java":"%s"}
                """, seconds / 60, WARMUP_SECONDS, SAMPLE_SECONDS,
                QUIZ_TAKERS, QUIZ_THINK_MS, READERS, READER_THINK_MS, VERIFICATIONS_PER_SECOND,
                saves.get(), saves.get() / (seconds + WARMUP_SECONDS), lessonViews.get(), verifications.get(), errors.get(),
                firstError.get() == null ? "null" : SessionMemoryBenchmark.quote(firstError.get()),
                slope, halfWidth, verdict, Runtime.getRuntime().maxMemory() >> 20, rows,
                loadAtStart, SessionMemoryBenchmark.loadAverage(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/soak.json"), json);
        System.out.println(json);
    }

    /** Inserts trainees directly (one password hash for all: Argon2 per row would take minutes); returns their ids. */
    private List<Long> users(String prefix, int count, String passwordHash) {
        String run = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {run + "-" + i + "@example.org", "Soak Trainee " + i, passwordHash});
        }
        jdbc.batchUpdate("insert into app_user (email, display_name, password_hash, role, locale, terms_accepted_at, created_at, enabled)"
                + " values (?, ?, ?, 'TRAINEE', 'en', now(6), now(6), true)", rows);
        return jdbc.queryForList("select id from app_user where email like ? order by id", Long.class, run + "-%");
    }

    private static void pause(long millis) throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(millis); // the soak's own clock, not a test waiting on a condition
        }
    }
}
