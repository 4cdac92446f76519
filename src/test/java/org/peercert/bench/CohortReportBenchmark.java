package org.peercert.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.assessment.QuestionBank;
import org.peercert.cohort.report.ItemAnalyses;
import org.peercert.cohort.report.PrePostReports;
import org.peercert.cohort.report.ReportQueryPlans;
import org.peercert.cohort.report.ReportScope;
import org.peercert.cohort.report.ScopeReports;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Pre/post report + item analysis of a whole course version: 10,000 trainees, each with a submitted pre-test
 * and post-test of 40 items (800,000 graded items), read from MariaDB and computed end to end. Seeded in bulk
 * by INSERT … SELECT from MariaDB's sequence engine (seconds, not minutes). Warm-up runs, then p50/p95.
 * Run: {@code mvn -Pbench test -Dtest=CohortReportBenchmark}; results in target/bench/cohort-report.json.
 * Measures only: it asserts nothing about speed.
 */
@Tag("benchmark")
@PeerCertTest
class CohortReportBenchmark {

    private static final int TRAINEES = Integer.getInteger("bench.trainees", 10_000);
    private static final int ITEMS = Integer.getInteger("bench.items", 40);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int RUNS = Integer.getInteger("bench.runs", 20);

    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired CourseCatalog catalog;
    @Autowired CourseContent content;
    @Autowired PrePostReports reports;
    @Autowired ItemAnalyses itemAnalyses;
    @Autowired ScopeReports both;

    @Test
    void reportAndItemAnalysisOfTenThousandTrainees() throws Exception {
        double loadStart = load();
        long versionId = catalog.publishedCourse("dpsc").orElseThrow().versionId();
        long seedStarted = System.nanoTime();
        seed(versionId);
        double seedSeconds = (System.nanoTime() - seedStarted) / 1e9;
        jdbc.execute("ANALYZE TABLE attempt, attempt_item, enrollment");
        var scope = ReportScope.version("Benchmark", versionId);

        int[] sizes = new int[3];
        for (int i = 0; i < WARMUP; i++) {
            run(scope, sizes);
        }
        List<Long> total = new ArrayList<>();
        List<Long> report = new ArrayList<>();
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            var r = both.of(scope); // the report page: one read for both
            long t1 = System.nanoTime();
            reports.report(scope); // each on its own, as the CSV download and a caller of one API do
            long t2 = System.nanoTime();
            itemAnalyses.analyse(scope);
            long t3 = System.nanoTime();
            total.add(t1 - t0);
            report.add(t2 - t1);
            items.add(t3 - t2);
            sizes[0] = r.prePost().overall().stats().n();
            sizes[1] = r.items().tests().size();
        }
        var plans = ReportQueryPlans.explain(named, scope);
        String json = String.format(Locale.ROOT, """
                {"benchmark":"cohort-report","trainees":%d,"itemsPerCheck":%d,"gradedItems":%d,"pairedTrainees":%d,"tests":%d,
                 "seedSeconds":%.1f,"warmupRuns":%d,"runs":%d,
                 "reportPlusItemAnalysisOneRead":{"p50ms":%.1f,"p95ms":%.1f,"maxms":%.1f},
                 "prePostReport":{"p50ms":%.1f,"p95ms":%.1f},
                 "itemAnalysis":{"p50ms":%.1f,"p95ms":%.1f},
                 "cores":%d,"java":"%s","loadAverageStart":%.2f,"loadAverageEnd":%.2f,
                 "plans":{%s}}
                """, TRAINEES, ITEMS, 2L * TRAINEES * ITEMS, sizes[0], sizes[1], seedSeconds, WARMUP, RUNS,
                p(total, 50), p(total, 95), p(total, 100), p(report, 50), p(report, 95), p(items, 50), p(items, 95),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadStart, load(),
                plans.entrySet().stream().map(e -> "\"" + e.getKey() + "\":[" + e.getValue().stream()
                        .map(row -> "\"" + row.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(",")) + "]")
                        .collect(Collectors.joining(",")));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/cohort-report.json"), json);
        System.out.println(json);
    }

    private void run(ReportScope scope, int[] sizes) {
        sizes[0] = both.of(scope).prePost().overall().stats().n();
        sizes[0] = reports.report(scope).overall().stats().n();
        sizes[1] = itemAnalyses.analyse(scope).tests().size();
    }

    /**
     * Trainees of varied ability answer 40 one-point items of varied difficulty: right with probability
     * ability + 0.3 × easiness (pre) and 0.25 higher after the course (post), so no statistic degenerates.
     */
    private void seed(long versionId) {
        List<String> competencies = content.structure(versionId).orElseThrow().competencies().stream()
                .map(c -> "'" + c.key() + "'").toList();
        String run = UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO app_user (email, display_name, password_hash, role, locale, terms_accepted_at, created_at, enabled)"
                + " SELECT CONCAT('bench-', ?, '-', seq, '@example.org'), CONCAT('Bench Trainee ', seq), '{bcrypt}unused',"
                + " 'TRAINEE', 'en', NOW(6), NOW(6), TRUE FROM seq_1_to_" + TRAINEES, run);
        String users = "SELECT id FROM app_user WHERE email LIKE 'bench-" + run + "-%'";
        jdbc.update("INSERT INTO enrollment (user_id, course_version_id, status, enrolled_at)"
                + " SELECT id, ?, 'ACTIVE', NOW(6) FROM (" + users + ") u", versionId);
        for (String purpose : List.of("PRE_TEST", "POST_TEST")) {
            jdbc.update("INSERT INTO attempt (user_id, course_version_id, quiz_key, purpose, number, seed, status, started_at, submitted_at)"
                    + " SELECT id, ?, ?, ?, 1, id, 'SUBMITTED', NOW(6), NOW(6) FROM (" + users + ") u",
                    versionId, QuestionBank.INSTRUMENT, purpose);
        }
        // ability per trainee from its user id, easiness per item from its number: deterministic but spread out
        jdbc.update("INSERT INTO attempt_item (attempt_id, question_key, competency_key, earned, possible)"
                + " SELECT a.id, CONCAT('bench-q', LPAD(s.seq, 2, '0')), ELT(1 + s.seq % " + competencies.size() + ", "
                + String.join(", ", competencies) + "),"
                + " IF(RAND(a.id * 100 + s.seq) < 0.15 + 0.5 * ((a.user_id % 97) / 97) + 0.3 * (s.seq / " + ITEMS + ")"
                + " + IF(a.purpose = 'POST_TEST', 0.25, 0), 1, 0), 1"
                + " FROM attempt a JOIN seq_1_to_" + ITEMS + " s"
                + " WHERE a.user_id IN (" + users + ") AND a.quiz_key = ?", QuestionBank.INSTRUMENT);
    }

    /** The 1-minute load average: other builds share these 2 cores. */
    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
