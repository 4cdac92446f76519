package org.peercert.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.cohort.Cohort;
import org.peercert.cohort.CohortDashboard;
import org.peercert.cohort.CohortFixtures;
import org.peercert.curriculum.CourseContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trainer dashboard of a 500-trainee cohort on DPSC, read from MariaDB: {@link CohortDashboard#of} (members,
 * names, the progress aggregates, attendance counts) p50/p95 once warm. The cohort is seeded with plain SQL
 * (accounts, enrollments, every lesson read by about half, pre and post checks with their items, six quizzes,
 * practice runs, attendance at six sessions). Run: {@code mvn -Pbench test -Dtest=CohortDashboardBenchmark};
 * results in target/bench/cohort-dashboard.json. Measures only: it asserts nothing about speed.
 */
@Tag("benchmark")
@PeerCertTest
class CohortDashboardBenchmark {

    private static final int TRAINEES = Integer.getInteger("bench.trainees", 500);
    private static final int RUNS = Integer.getInteger("bench.runs", 50);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 20);

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired CourseContent content;
    @Autowired CohortDashboard dashboard;

    @Test
    void dashboardOfAFiveHundredTraineeCohort() throws Exception {
        var fixtures = new CohortFixtures(context);
        long trainer = fixtures.trainer("Bench Trainer");
        long version = fixtures.dpscVersion();
        Cohort cohort = fixtures.cohort(trainer, version);
        long seedStart = System.nanoTime();
        seed(cohort.getId(), version, trainer);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        for (int i = 0; i < WARM_UP; i++) {
            dashboard.of(trainer, cohort.getId());
        }
        List<Long> nanos = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            rows = dashboard.of(trainer, cohort.getId()).trainees().size();
            nanos.add(System.nanoTime() - start);
        }
        String json = String.format(Locale.ROOT, """
                {"benchmark":"cohort-dashboard","trainees":%d,"rows":%d,"runs":%d,"p50ms":%.1f,"p95ms":%.1f,"maxms":%.1f,
                 "seedSeconds":%.1f,"cores":%d,"java":"%s"}
                """, TRAINEES, rows, RUNS, p(nanos, 50), p(nanos, 95), Collections.max(nanos) / 1e6, seedSeconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/cohort-dashboard.json"), json);
        System.out.println(json);
    }

    private void seed(long cohortId, long version, long trainer) {
        var course = content.structure(version).orElseThrow();
        List<Long> lessons = course.modules().stream().flatMap(m -> m.lessons().stream()).map(l -> l.id()).toList();
        List<String> practices = jdbc.queryForList("select practice_key from practice where course_version_id = ?", String.class, version);
        List<String> competencies = course.competencies().stream().map(c -> c.key()).toList();
        Random random = new Random(15);
        Timestamp now = Timestamp.from(Instant.now());
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, trainer);
        List<Long> sessions = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            jdbc.update("insert into live_session (cohort_id, starts_local, time_zone, starts_at_utc, duration_minutes, meeting_url, topic,"
                    + " created_at) values (?, ?, 'UTC', ?, 120, 'https://meet.example.org/b', ?, ?)", cohortId,
                    Timestamp.from(Instant.now().minus(Duration.ofDays(7L * (6 - s)))), Timestamp.from(Instant.now().minus(Duration.ofDays(7L * (6 - s)))),
                    "Week " + (s + 1), now);
            sessions.add(jdbc.queryForObject("select last_insert_id()", Long.class));
        }
        String tag = Long.toString(System.nanoTime(), 36);
        for (int t = 0; t < TRAINEES; t++) {
            jdbc.update("insert into app_user (email, display_name, password_hash, role, locale, created_at, enabled)"
                    + " values (?, ?, ?, 'TRAINEE', 'en', ?, true)", "bench-" + tag + "-" + t + "@example.org", "Trainee " + t, hash, now);
            long user = jdbc.queryForObject("select last_insert_id()", Long.class);
            Timestamp enrolled = Timestamp.from(Instant.now().minus(Duration.ofDays(random.nextInt(60))));
            jdbc.update("insert into enrollment (user_id, course_version_id, status, enrolled_at) values (?, ?, 'ACTIVE', ?)", user, version, enrolled);
            long enrollment = jdbc.queryForObject("select last_insert_id()", Long.class);
            jdbc.update("insert into cohort_member (cohort_id, user_id, enrollment_id, joined_at) values (?, ?, ?, ?)", cohortId, user, enrollment, enrolled);
            int read = random.nextInt(lessons.size() + 1);
            jdbc.batchUpdate("insert into lesson_progress (enrollment_id, lesson_id, completed_at) values (?, ?, ?)",
                    lessons.subList(0, read).stream().map(l -> new Object[] {enrollment, l, now}).toList());
            check(user, version, "PRE_TEST", 1, competencies, random, now);
            if (random.nextBoolean()) {
                check(user, version, "POST_TEST", 1, competencies, random, now);
            }
            for (var module : course.modules()) {
                jdbc.update("insert into attempt (user_id, course_version_id, quiz_key, purpose, number, seed, status, started_at, submitted_at,"
                        + " earned, possible) values (?, ?, ?, 'QUIZ', 1, 1, 'SUBMITTED', ?, ?, ?, 10)", user, version, module.key(), now, now,
                        random.nextInt(11));
            }
            for (String practice : practices) {
                jdbc.update("insert into practice_attempt (user_id, course_version_id, practice_key, number, status, started_at, submitted_at,"
                        + " earned, possible) values (?, ?, ?, 1, 'SUBMITTED', ?, ?, 5, 10)", user, version, practice, now, now);
            }
            jdbc.batchUpdate("insert into attendance (session_id, user_id, present, marked_by, marked_at) values (?, ?, ?, ?, ?)",
                    sessions.stream().map(s -> new Object[] {s, user, random.nextInt(4) > 0, trainer, now}).toList());
        }
    }

    private void check(long user, long version, String purpose, int number, List<String> competencies, Random random, Timestamp now) {
        jdbc.update("insert into attempt (user_id, course_version_id, quiz_key, purpose, number, seed, status, started_at, submitted_at,"
                + " earned, possible) values (?, ?, '_instrument', ?, ?, 1, 'SUBMITTED', ?, ?, 0, 30)", user, version, purpose, number, now, now);
        long attempt = jdbc.queryForObject("select last_insert_id()", Long.class);
        List<Object[]> items = new ArrayList<>();
        for (int q = 0; q < 30; q++) {
            items.add(new Object[] {attempt, "q" + q, competencies.get(q % competencies.size()), random.nextInt(2), 1});
        }
        jdbc.batchUpdate("insert into attempt_item (attempt_id, question_key, competency_key, earned, possible) values (?, ?, ?, ?, ?)", items);
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
