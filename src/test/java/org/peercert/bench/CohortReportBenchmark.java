package org.peercert.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.assessment.Answer;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionBank;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionTypes;
import org.peercert.cohort.report.ItemAnalyses;
import org.peercert.cohort.report.PrePostReports;
import org.peercert.cohort.report.ReportQueryPlans;
import org.peercert.cohort.report.ReportScope;
import org.peercert.cohort.report.ScopeReports;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseLoadOutcome;
import org.peercert.curriculum.CurriculumLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.util.FileSystemUtils;
import org.yaml.snakeyaml.Yaml;

/**
 * Pre/post report + item analysis of a whole course version: 10,000 trainees, each with a submitted pre-test
 * and post-test of 40 real questions (800,000 graded items and as many saved answers), read from MariaDB and
 * computed end to end, option distribution included. Seeded in bulk by INSERT … SELECT (seconds, not minutes). Warm-up runs, then p50/p95.
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
    /** Presentation seeds the attempts share (each attempt is still presented from its own seed by the report). */
    private static final int SEEDS = 64;
    private static final QuestionTypes TYPES = QuestionTypes.standard();

    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired CourseCatalog catalog;
    @Autowired PrePostReports reports;
    @Autowired ItemAnalyses itemAnalyses;
    @Autowired ScopeReports both;
    @Autowired QuestionBank questionBank;
    @Autowired CurriculumLoader loader;

    @Test
    void reportAndItemAnalysisOfTenThousandTrainees() throws Exception {
        double loadStart = load();
        long seedStarted = System.nanoTime();
        long versionId = benchCourse(Files.createTempDirectory("bench-report"), UUID.randomUUID().toString().substring(0, 8));
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
     * A copy of the DPSC course whose competency check has {@link #ITEMS} real questions (DPSC's 30 of five types, and
     * single-choice copies up to 40), loaded through the curriculum loader like any course: the option distribution
     * and the authored order are computed over real questions, not ids the course does not know.
     */
    private long benchCourse(Path root, String run) throws Exception {
        Path course = root.resolve("zz-bench-report-" + run);
        FileSystemUtils.copyRecursively(Path.of("curriculum/dpsc"), course);
        Path courseYaml = course.resolve("course.yaml");
        Files.writeString(courseYaml, Files.readString(courseYaml).replaceFirst("(?m)^id: dpsc$", "id: zz-bench-report-" + run)
                .replaceFirst("(?m)^title: .*$", "title: Zz report benchmark " + run));
        Path assessment = course.resolve("assessment.yaml");
        Yaml yaml = new Yaml();
        Map<String, Object> check = yaml.load(Files.readString(assessment));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) check.get("items");
        List<Map<String, Object>> singles = items.stream().filter(i -> "single".equals(i.get("type"))).toList();
        for (int n = items.size() + 1, s = 0; items.size() < ITEMS; n++, s++) {
            Map<String, Object> copy = new LinkedHashMap<>(singles.get(s % singles.size()));
            copy.put("id", String.format(Locale.ROOT, "bench-%02d", n));
            items.add(copy);
        }
        Files.writeString(assessment, yaml.dump(check));
        var outcome = loader.load(course, course.getFileName().toString());
        if (outcome.status() == CourseLoadOutcome.Status.REJECTED) {
            throw new IllegalStateException("the benchmark course did not load: " + outcome);
        }
        return catalog.publishedCourse(course.getFileName().toString()).orElseThrow().versionId();
    }

    /**
     * Trainees of varied ability answer the check's real questions: right with probability ability + 0.3 × easiness
     * (pre) and 0.25 higher after the course (post), so no statistic degenerates. Each answer is what the real
     * engine shows and grades: for {@link #SEEDS} presentation seeds, the right and a wrong answer of every question
     * with their grades are computed in Java, and attempts take the seed {@code user id % SEEDS}; the graded items
     * and saved answers are then inserted in bulk by INSERT … SELECT from MariaDB's sequence engine.
     */
    private void seed(long versionId) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<QuestionDefinition> quiz = questionBank.quiz(versionId, QuestionBank.INSTRUMENT);
        jdbc.execute("CREATE TEMPORARY TABLE bench_answer (slot INT, ord INT, question_key VARCHAR(64), competency_key VARCHAR(64),"
                + " right_answer TEXT, right_earned DECIMAL(8, 2), right_chosen VARCHAR(255), wrong_answer TEXT, wrong_earned DECIMAL(8, 2),"
                + " wrong_chosen VARCHAR(255), possible DECIMAL(8, 2))");
        List<Object[]> rows = new ArrayList<>();
        for (int slot = 0; slot < SEEDS; slot++) {
            List<PresentedQuestion> shown = TYPES.presentAll(quiz, slot);
            for (int i = 0; i < quiz.size(); i++) {
                QuestionDefinition q = quiz.get(i);
                Answer right = AnswerKey.correct(q, shown.get(i));
                Answer wrong = AnswerKey.wrong(q, shown.get(i));
                rows.add(new Object[] {slot, i + 1, q.id(), q.competency(), right.toJson(), TYPES.grade(q, shown.get(i), right).earned(),
                        TYPES.chosenOptions(q, shown.get(i), right), wrong.toJson(), TYPES.grade(q, shown.get(i), wrong).earned(),
                        TYPES.chosenOptions(q, shown.get(i), wrong), (double) q.points()});
            }
        }
        jdbc.batchUpdate("INSERT INTO bench_answer VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("INSERT INTO app_user (email, display_name, password_hash, role, locale, terms_accepted_at, created_at, enabled)"
                + " SELECT CONCAT('bench-', ?, '-', seq, '@example.org'), CONCAT('Bench Trainee ', seq), '{bcrypt}unused',"
                + " 'TRAINEE', 'en', NOW(6), NOW(6), TRUE FROM seq_1_to_" + TRAINEES, run);
        String users = "SELECT id FROM app_user WHERE email LIKE 'bench-" + run + "-%'";
        jdbc.update("INSERT INTO enrollment (user_id, course_version_id, status, enrolled_at)"
                + " SELECT id, ?, 'ACTIVE', NOW(6) FROM (" + users + ") u", versionId);
        for (String purpose : List.of("PRE_TEST", "POST_TEST")) {
            jdbc.update("INSERT INTO attempt (user_id, course_version_id, quiz_key, purpose, number, seed, status, started_at, submitted_at)"
                    + " SELECT id, ?, ?, ?, 1, id % " + SEEDS + ", 'SUBMITTED', NOW(6), NOW(6) FROM (" + users + ") u",
                    versionId, QuestionBank.INSTRUMENT, purpose);
        }
        // ability per trainee from its user id, easiness per item from its position: deterministic (RAND(n) per row) but spread out
        String answeredRight = "RAND(a.id * 100 + b.ord) < 0.15 + 0.5 * ((a.user_id % 97) / 97) + 0.3 * (b.ord / " + quiz.size() + ")"
                + " + IF(a.purpose = 'POST_TEST', 0.25, 0)";
        String benchAttempts = " FROM attempt a JOIN bench_answer b ON b.slot = a.seed WHERE a.course_version_id = ? AND a.quiz_key = ?";
        jdbc.update("INSERT INTO attempt_item (attempt_id, question_key, competency_key, earned, possible, responses)"
                + " SELECT a.id, b.question_key, b.competency_key, IF(" + answeredRight + ", b.right_earned, b.wrong_earned), b.possible,"
                + " IF(" + answeredRight + ", b.right_chosen, b.wrong_chosen)"
                + benchAttempts, versionId, QuestionBank.INSTRUMENT);
        jdbc.update("INSERT INTO attempt_answer (attempt_id, question_key, answer, saved_at)"
                + " SELECT a.id, b.question_key, IF(" + answeredRight + ", b.right_answer, b.wrong_answer), NOW(6)"
                + benchAttempts, versionId, QuestionBank.INSTRUMENT);
        jdbc.execute("DROP TEMPORARY TABLE bench_answer");
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
