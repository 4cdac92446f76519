package org.peercert.bench;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.AttemptService;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.QuestionBank;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.learning.LearningService;
import org.peercert.learning.ui.AttemptView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Quiz engine under load: 500 trainees answer a module quiz (think time 0.5-1.5 s between answers, so about 500
 * saves/s), then submit. Two arrival models ({@code -Dbench.arrival}):
 * <ul>
 *   <li>{@code steady} (default): trainees arrive spread over one quiz's length and each starts the quiz again
 *       after submitting, for {@code bench.seconds}; what is measured is the sustained mix of a busy course
 *       (about 500 saves/s with 50 starts and 50 submits/s), after {@code bench.rampSeconds} of ramp-up.</li>
 *   <li>{@code burst}: everyone starts within the same second and submits within the same few seconds, once: the
 *       worst case of a whole cohort told "start now" together.</li>
 * </ul>
 * Measures server-side latency of saving an answer and of "submitted to feedback ready" (grading + per-question
 * feedback), and the heap one open quiz view holds.
 * Run: {@code mvn -Pbench test -Dtest=QuizBenchmark}; results in target/bench/quiz-*.json.
 * Measures only: it asserts nothing about speed.
 */
@Tag("benchmark")
@PeerCertTest
class QuizBenchmark extends SpringBrowserlessTest {

    private static final int TRAINEES = Integer.getInteger("bench.trainees", 500);
    private static final int VIEWS = Integer.getInteger("bench.views", 200);
    /** Time a trainee takes between answers: 0.5-1.5 s by default (far busier than real reading). */
    private static final long THINK_MIN_MS = Long.getLong("bench.thinkMinMs", 500);
    private static final long THINK_MAX_MS = Long.getLong("bench.thinkMaxMs", 1500);
    private static final int WARMUP_TRAINEES = Integer.getInteger("bench.warmup", 100);
    private static final String ARRIVAL = System.getProperty("bench.arrival", "steady");
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int RAMP_SECONDS = Integer.getInteger("bench.rampSeconds", 15);

    @Autowired AttemptService attempts;
    @Autowired QuestionBank questionBank;
    @Autowired CourseCatalog catalog;
    @Autowired LearningService learning;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;

    @Test
    void quizUnderLoad() throws Exception {
        long versionId = catalog.publishedCourse("dpsc").orElseThrow().versionId();
        List<QuestionDefinition> quiz = questionBank.quiz(versionId, "sms");
        boolean steady = switch (ARRIVAL) {
            case "steady" -> true;
            case "burst" -> false;
            default -> throw new IllegalArgumentException("bench.arrival is steady or burst, not " + ARRIVAL);
        };
        // warm-up (JIT, caches, connection pool): same work, results discarded
        runTrainees(createTrainees(WARMUP_TRAINEES), new Load(versionId, quiz, false, 0, 0));
        List<Long> users = createTrainees(TRAINEES);

        long[] locksBefore = rowLockWaits();
        long started = System.nanoTime();
        long measureFrom = steady ? started + RAMP_SECONDS * 1_000_000_000L : started;
        long until = steady ? measureFrom + SECONDS * 1_000_000_000L : Long.MAX_VALUE;
        var load = new Load(versionId, quiz, steady, measureFrom, until);
        runTrainees(users, load);
        double seconds = (Math.min(System.nanoTime(), until) - measureFrom) / 1e9;
        long[] locksAfter = rowLockWaits();
        var acquire = meters.find("hikaricp.connections.acquire").timer();

        double heapPerView = heapPerOpenQuizView(users.subList(0, Math.min(VIEWS, users.size())));

        var saves = load.saves;
        var submits = load.submits;
        String json = String.format(Locale.ROOT, """
                {"benchmark":"quiz","arrival":"%s","trainees":%d,"thinkMs":[%d,%d],"questions":%d,"measuredSeconds":%.1f,
                 "savesPerSecond":%.0f,"startsPerSecond":%.1f,
                 "saveAnswer":{"count":%d,"p50ms":%.2f,"p95ms":%.2f,"p99ms":%.2f},
                 "submitToFeedback":{"count":%d,"p50ms":%.2f,"p95ms":%.2f,"p99ms":%.2f},
                 "rowLockWaits":%d,"rowLockWaitMs":%d,"poolAcquireMeanMs":%.2f,"poolAcquireMaxMs":%.1f,
                 "heapPerOpenQuizViewKB":%.1f,"views":%d,"cores":%d,"java":"%s"}
                """, ARRIVAL, TRAINEES, THINK_MIN_MS, THINK_MAX_MS, quiz.size(), seconds,
                saves.size() / seconds, load.starts.size() / seconds,
                saves.size(), p(saves, 50), p(saves, 95), p(saves, 99),
                submits.size(), p(submits, 50), p(submits, 95), p(submits, 99),
                locksAfter[0] - locksBefore[0], locksAfter[1] - locksBefore[1],
                acquire == null ? -1 : acquire.mean(TimeUnit.MILLISECONDS), acquire == null ? -1 : acquire.max(TimeUnit.MILLISECONDS),
                heapPerView / 1024, VIEWS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/quiz-" + ARRIVAL + "-" + TRAINEES + "x" + THINK_MIN_MS + "-" + THINK_MAX_MS + "ms.json"), json);
        System.out.println(json);
    }

    /** One run's work and what it measured: latencies of calls that started inside [measureFrom, until). */
    private record Load(long versionId, List<QuestionDefinition> quiz, boolean again, long measureFrom, long until,
            ConcurrentLinkedQueue<Long> saves, ConcurrentLinkedQueue<Long> submits, ConcurrentLinkedQueue<Long> starts) {

        Load(long versionId, List<QuestionDefinition> quiz, boolean again, long measureFrom, long until) {
            this(versionId, quiz, again, measureFrom, until, new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(),
                    new ConcurrentLinkedQueue<>());
        }

        void record(ConcurrentLinkedQueue<Long> into, long t0) {
            long t1 = System.nanoTime();
            if (t0 >= measureFrom && t0 < until) {
                into.add(t1 - t0);
            }
        }

        /** A steady run's trainees arrive spread over one quiz's length; a burst's within the first second. */
        long arrivalDelayMs() {
            long quizMs = quiz.size() * (THINK_MIN_MS + THINK_MAX_MS) / 2;
            return ThreadLocalRandom.current().nextLong(again ? quizMs : 1000);
        }
    }

    private void runTrainees(List<Long> users, Load load) {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long user : users) {
                pool.submit(() -> trainee(user, load));
            }
        }
    }

    private void trainee(long user, Load load) {
        try {
            var random = ThreadLocalRandom.current();
            Thread.sleep(load.arrivalDelayMs()); // trainees do not all arrive in the same millisecond
            do {
                long t0 = System.nanoTime();
                long attemptId = attempts.startOrResume(user, load.versionId(), "sms", AttemptPurpose.QUIZ, 0).id();
                AttemptSheet sheet = attempts.sheet(attemptId, user);
                load.record(load.starts(), t0);
                List<QuestionDefinition> quiz = load.quiz();
                for (int i = 0; i < quiz.size(); i++) {
                    Thread.sleep(THINK_MIN_MS + random.nextLong(THINK_MAX_MS - THINK_MIN_MS + 1));
                    var answer = random.nextInt(4) == 0 ? org.peercert.assessment.Answer.empty()
                            : AnswerKey.correct(quiz.get(i), sheet.questions().get(i));
                    t0 = System.nanoTime();
                    attempts.saveAnswer(attemptId, user, quiz.get(i).id(), answer);
                    load.record(load.saves(), t0);
                }
                t0 = System.nanoTime();
                var result = attempts.submit(attemptId, user);
                if (result.grades().size() != quiz.size()) {
                    throw new IllegalStateException("incomplete feedback");
                }
                load.record(load.submits(), t0);
            } while (load.again() && System.nanoTime() < load.until());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** InnoDB's count of row lock waits and their total time in ms, server-wide (the benchmark is alone on it). */
    private long[] rowLockWaits() {
        Map<String, Long> status = new HashMap<>();
        jdbc.query("show global status like 'Innodb_row_lock_%'", rs -> {
            status.put(rs.getString(1), rs.getLong(2));
        });
        return new long[] {status.getOrDefault("Innodb_row_lock_waits", 0L), status.getOrDefault("Innodb_row_lock_time", 0L)};
    }

    /** Opens the pre-test (30 questions) for each user in turn and keeps the views: heap growth / views. */
    private double heapPerOpenQuizView(List<Long> users) {
        List<String> paths = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (long user : users) {
            long enrollment = learning.enroll(user, "dpsc");
            long attempt = learning.startPreTest(user, enrollment).id();
            paths.add("learn/" + enrollment + "/attempt/" + attempt);
            emails.add(jdbc.queryForObject("select email from app_user where id = ?", String.class, user));
        }
        List<Object> kept = new ArrayList<>();
        long before = usedHeapAfterGc();
        for (int i = 0; i < paths.size(); i++) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    emails.get(i), null, List.of(new SimpleGrantedAuthority("ROLE_TRAINEE"))));
            UI.getCurrent().navigate(paths.get(i));
            if (!(getCurrentView() instanceof AttemptView view)) {
                throw new IllegalStateException("quiz view did not open: " + getCurrentView());
            }
            roundTrip(); // flush pending client changes, as a real response would
            kept.add(view);
            UI.getCurrent().navigate("");
            roundTrip();
        }
        long after = usedHeapAfterGc();
        if (kept.isEmpty()) {
            return 0;
        }
        return (double) (after - before) / kept.size();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private List<Long> createTrainees(int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"bench-" + run + "-" + i + "@example.org", "Bench Trainee " + i});
        }
        jdbc.batchUpdate("insert into app_user (email, display_name, password_hash, role, locale, terms_accepted_at, created_at, enabled)"
                + " values (?, ?, '{bcrypt}unused', 'TRAINEE', 'en', now(6), now(6), true)", rows);
        return jdbc.queryForList("select id from app_user where email like ?", Long.class, "bench-" + run + "-%");
    }

    private static double p(ConcurrentLinkedQueue<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
