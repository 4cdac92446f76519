package org.peercert.bench;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
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
 * Quiz engine under load: 500 trainees answer a module quiz at the same time (think time 0.5-1.5 s
 * between answers), then submit. Measures server-side latency of saving an answer and of "submitted to
 * feedback ready" (grading + per-question feedback), and the heap one open quiz view holds.
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

    @Autowired AttemptService attempts;
    @Autowired QuestionBank questionBank;
    @Autowired CourseCatalog catalog;
    @Autowired LearningService learning;
    @Autowired JdbcTemplate jdbc;

    @Test
    void quizUnderLoad() throws Exception {
        long versionId = catalog.publishedCourse("dpsc").orElseThrow().versionId();
        List<QuestionDefinition> quiz = questionBank.quiz(versionId, "sms");
        // warm-up (JIT, caches, connection pool): same work, results discarded
        runTrainees(createTrainees(WARMUP_TRAINEES), versionId, quiz, new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        List<Long> users = createTrainees(TRAINEES);

        var saves = new ConcurrentLinkedQueue<Long>();
        var submits = new ConcurrentLinkedQueue<Long>();
        long started = System.nanoTime();
        runTrainees(users, versionId, quiz, saves, submits);
        double seconds = (System.nanoTime() - started) / 1e9;

        double heapPerView = heapPerOpenQuizView(users.subList(0, Math.min(VIEWS, users.size())));

        String json = String.format(Locale.ROOT, """
                {"benchmark":"quiz","trainees":%d,"thinkMs":[%d,%d],"questions":%d,"durationSeconds":%.1f,
                 "saveAnswer":{"count":%d,"p50ms":%.2f,"p95ms":%.2f,"p99ms":%.2f},
                 "submitToFeedback":{"count":%d,"p50ms":%.2f,"p95ms":%.2f,"p99ms":%.2f},
                 "heapPerOpenQuizViewKB":%.1f,"views":%d,"cores":%d,"java":"%s"}
                """, TRAINEES, THINK_MIN_MS, THINK_MAX_MS, quiz.size(), seconds,
                saves.size(), p(saves, 50), p(saves, 95), p(saves, 99),
                submits.size(), p(submits, 50), p(submits, 95), p(submits, 99),
                heapPerView / 1024, VIEWS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/quiz-" + TRAINEES + "x" + THINK_MIN_MS + "-" + THINK_MAX_MS + "ms.json"), json);
        System.out.println(json);
    }

    private void runTrainees(List<Long> users, long versionId, List<QuestionDefinition> quiz,
            ConcurrentLinkedQueue<Long> saves, ConcurrentLinkedQueue<Long> submits) {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long user : users) {
                pool.submit(() -> trainee(user, versionId, quiz, saves, submits));
            }
        }
    }

    private void trainee(long user, long versionId, List<QuestionDefinition> quiz, ConcurrentLinkedQueue<Long> saves,
            ConcurrentLinkedQueue<Long> submits) {
        try {
            var random = ThreadLocalRandom.current();
            Thread.sleep(random.nextLong(1000)); // trainees do not all arrive in the same millisecond
            long attemptId = attempts.startOrResume(user, versionId, "sms", AttemptPurpose.QUIZ, 0).id();
            AttemptSheet sheet = attempts.sheet(attemptId, user);
            for (int i = 0; i < quiz.size(); i++) {
                Thread.sleep(THINK_MIN_MS + random.nextLong(THINK_MAX_MS - THINK_MIN_MS + 1));
                var answer = random.nextInt(4) == 0 ? org.peercert.assessment.Answer.empty()
                        : AnswerKey.correct(quiz.get(i), sheet.questions().get(i));
                long t0 = System.nanoTime();
                attempts.saveAnswer(attemptId, user, quiz.get(i).id(), answer);
                saves.add(System.nanoTime() - t0);
            }
            long t0 = System.nanoTime();
            var result = attempts.submit(attemptId, user);
            if (result.grades().size() != quiz.size()) {
                throw new IllegalStateException("incomplete feedback");
            }
            submits.add(System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
