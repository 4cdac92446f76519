package org.peercert.bench;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peercert.TestUsers;
import org.peercert.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Memory per Vaadin session, measured directly: N trainees sign in over real HTTP to the app on a random port
 * and open a quiz question page (the pre-test) as Flow's client does ({@link VaadinHttpTrainee}); each keeps its
 * session and UI open. Used heap after full GC at 0, N/2 and N open sessions gives KB per session; the class
 * histogram difference between 0 and N says what holds it. With a small heap ({@code -DargLine=-Xmx512m}) it
 * reports how many sessions it reached if it runs out.
 * Run: {@code mvn -Pbench test -Dtest=SessionMemoryBenchmark [-Dbench.sessions=1000] [-DargLine=-Xmx512m]};
 * results in target/bench/session-memory-<N>.json. Measures only: it asserts nothing.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 1000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 50);
    /** Concurrent sign-ins: the 2 cores are the limit, more only queues. */
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired LearningService learning;

    @Test
    void memoryPerVaadinSession() throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String loadAtStart = loadAverage();
        List<Trainee> warmup = trainees(WARMUP);
        List<Trainee> trainees = trainees(SESSIONS);
        List<VaadinHttpTrainee> open = new ArrayList<>(); // keeps the client side alive: a few hundred bytes each
        String failure = openAll(http, warmup, open);

        long heap0 = usedHeapAfterGc();
        Map<String, long[]> histogram0 = histogram();
        int half = SESSIONS / 2;
        if (failure == null) {
            failure = openAll(http, trainees.subList(0, half), open);
        }
        long heapHalf = usedHeapAfterGc();
        if (failure == null) {
            failure = openAll(http, trainees.subList(half, SESSIONS), open);
        }
        long heapN = usedHeapAfterGc();
        int reached = open.size() - WARMUP;
        String topClasses = failure == null ? topGrowth(histogram0, histogram(), reached) : "[]";

        double perSession = reached == 0 ? 0 : (heapN - heap0) / 1024.0 / reached;
        String json = String.format(Locale.ROOT, """
                {"benchmark":"session-memory","driver":"HTTP (login form, bootstrap, v-r=init, UIDL ui-navigate)",
                 "page":"pre-test question (AttemptView)","sessionsAsked":%d,"sessionsReached":%d,"failure":%s,
                 "maxHeapMB":%d,"usedHeapAfterGcMB":{"0":%.1f,"half":%.1f,"all":%.1f},
                 "kbPerSession":{"0toHalf":%.1f,"halfToAll":%.1f,"0toAll":%.1f},
                 "topGrowthPerSession":%s,
                 "loadAverage":{"start":"%s","end":"%s"},"cores":%d,"java":"%s"}
                """, SESSIONS, reached, failure == null ? "null" : quote(failure),
                Runtime.getRuntime().maxMemory() >> 20, heap0 / 1048576.0, heapHalf / 1048576.0, heapN / 1048576.0,
                (heapHalf - heap0) / 1024.0 / Math.max(1, Math.min(reached, half)),
                (heapN - heapHalf) / 1024.0 / Math.max(1, reached - half), perSession,
                topClasses, loadAtStart, loadAverage(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/session-memory-" + SESSIONS + ".json"), json);
        System.out.println(json);
    }

    record Trainee(String email, String route) {}

    /** Opens a session per trainee on a few client threads; returns the first failure (e.g. the heap ran out), or null. */
    private String openAll(HttpClient http, List<Trainee> trainees, List<VaadinHttpTrainee> open) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<VaadinHttpTrainee>> pending = new ArrayList<>();
        for (Trainee trainee : trainees) {
            pending.add(clients.submit(() -> {
                var browser = new VaadinHttpTrainee(http, port);
                browser.signIn(trainee.email(), TestUsers.STRONG_PASSWORD);
                String uidl = browser.open(trainee.route());
                if (!uidl.contains("quiz-position")) {
                    throw new IllegalStateException("the quiz page did not render: " + uidl.substring(0, Math.min(400, uidl.length())));
                }
                return browser;
            }));
        }
        clients.shutdown();
        String failure = null;
        for (Future<VaadinHttpTrainee> future : pending) {
            try {
                open.add(future.get());
            } catch (Exception e) {
                failure = failure != null ? failure : String.valueOf(e.getCause());
            }
        }
        return failure;
    }

    /** Trainees enrolled in DPSC with an open pre-test; one password hash for all (Argon2 per row would take minutes). */
    private List<Trainee> trainees(int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String hash = passwords.encode(TestUsers.STRONG_PASSWORD);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"session-" + run + "-" + i + "@example.org", "Session Trainee " + i, hash});
        }
        jdbc.batchUpdate("insert into app_user (email, display_name, password_hash, role, locale, terms_accepted_at, created_at, enabled)"
                + " values (?, ?, ?, 'TRAINEE', 'en', now(6), now(6), true)", rows);
        List<Trainee> trainees = new ArrayList<>();
        for (var row : jdbc.queryForList("select id, email from app_user where email like ? order by id", "session-" + run + "-%")) {
            long user = ((Number) row.get("id")).longValue();
            long enrollment = learning.enroll(user, "dpsc");
            long attempt = learning.startPreTest(user, enrollment).id();
            trainees.add(new Trainee((String) row.get("email"), "learn/" + enrollment + "/attempt/" + attempt));
        }
        return trainees;
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    /** {@code jcmd <pid> GC.class_histogram} in-process (it runs a full GC first): class -> [instances, bytes]. */
    static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
        Map<String, long[]> rows = new HashMap<>();
        Matcher m = HISTOGRAM_ROW.matcher(text);
        while (m.find()) {
            rows.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
        }
        return rows;
    }

    /** The 25 classes whose heap grew most between the two histograms, per session: JSON array. */
    static String topGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(25)
                .map(e -> String.format(Locale.ROOT, "{\"class\":%s,\"instances\":%.1f,\"bytes\":%.0f}", quote(e.getKey()),
                        e.getValue()[0] / (double) sessions, e.getValue()[1] / (double) sessions))
                .collect(Collectors.joining(",\n  ", "[\n  ", "]"));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
