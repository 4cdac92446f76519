package org.peercert.bench;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.certification.CertificateService;
import org.peercert.certification.CohortCompletions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issuing at scale: a cohort of {@code bench.cohort} (1,000) trainees completing at once, every completion
 * delivered once, through the real path (issuer → signed certificate → CertificateIssued → outbox → SMTP,
 * GreenMail). Measures the wall time from the completions until the last "certificate issued" mail reached
 * the SMTP server, and the SQL statements the database executed per certificate (MariaDB's own counters,
 * so the event registry's JDBC and the outbox count too). Run: {@code mvn -Pbench test
 * -Dtest=CertificateIssuingBenchmark}; result in target/bench/certificate-issuing.json. Asserts nothing about speed.
 */
@Tag("benchmark")
@PeerCertTest
class CertificateIssuingBenchmark {

    private static final int COHORT = Integer.getInteger("bench.cohort", 1000);
    private static final int THREADS = Integer.getInteger("bench.threads", 64);

    @Autowired ApplicationContext context;
    @Autowired CertificateService certificates;
    @Autowired GreenMail smtp;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCohortCompletesAtOnce() throws Exception {
        var cohort = new CohortCompletions(context).prepare(COHORT);
        await().atMost(Duration.ofMinutes(2)).until(() -> cohort.mailsInFlight() == 0); // the sign-up mails are out
        Map<String, Long> before = statements();

        long start = System.nanoTime();
        cohort.completeAll(THREADS, 1);
        long published = System.nanoTime();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> cohort.completions().stream().allMatch(c -> certificates.issuedFor(c.enrollmentId())));
        long issued = System.nanoTime();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var mails = CohortCompletions.certificateMailsByRecipient(smtp);
            return cohort.completions().stream().allMatch(c -> mails.containsKey(cohort.email(c.userId())));
        });
        long delivered = System.nanoTime();
        await().atMost(Duration.ofMinutes(5)).until(() -> cohort.outstandingPublications() == 0);
        Map<String, Long> after = statements();

        var mails = CohortCompletions.certificateMailsByRecipient(smtp);
        long certificateCount = cohort.completions().stream().mapToLong(c -> certificates.forHolder(c.userId()).size()).sum();
        long mailCount = cohort.completions().stream().mapToLong(c -> mails.getOrDefault(cohort.email(c.userId()), 0)).sum();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("cohort", COHORT);
        result.put("publishingThreads", THREADS);
        result.put("certificates", certificateCount);
        result.put("certificateMails", mailCount);
        result.put("publishSeconds", seconds(published - start));
        result.put("allIssuedSeconds", seconds(issued - start));
        result.put("lastMailDeliveredSeconds", seconds(delivered - start));
        Map<String, Object> perCertificate = new LinkedHashMap<>();
        after.forEach((name, value) -> perCertificate.put(name, Math.round((value - before.get(name)) * 10.0 / COHORT) / 10.0));
        result.put("statementsPerCertificate", perCertificate);
        result.put("mailPollInterval", context.getEnvironment().getProperty("peercert.mail.poll-interval"));
        String json = result.entrySet().stream().map(e -> "  \"" + e.getKey() + "\": " + json(e.getValue()))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/certificate-issuing.json"), json);
        System.out.println("certificate-issuing: " + json);
    }

    /** MariaDB's statement counters (server-wide; during the run only this app talks to it). */
    private Map<String, Long> statements() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("show global status where Variable_name in ('Questions', 'Com_select', 'Com_insert', 'Com_update', 'Com_delete')",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }

    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
