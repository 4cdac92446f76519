package org.peercert.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Certificates under load. (1) Signed PDF generation as the download does it (stored data read, PDF/A
 * rendered, PAdES-signed): single-thread p50/p95, then throughput on 2 threads. (2) The running app on
 * localhost under 64 concurrent connections (wrk, Debian package): a static file, the verification page
 * and the verification JSON, in the same run. Run: {@code mvn -Pbench test -Dtest=CertificateBenchmark};
 * results in target/bench/certificate-*.json. Measures only: it asserts nothing about speed.
 */
@Tag("benchmark")
// the per-client limit stays in the request path but is set out of reach: wrk is one client
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "peercert.verification.rate-limit.per-minute=1000000000", "peercert.verification.rate-limit.burst=1000000000"})
@ActiveProfiles("test")
class CertificateBenchmark {

    private static final int PDFS = Integer.getInteger("bench.pdfs", 1000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 3000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 64);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmupSeconds", 10);

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired CertificateService certificates;

    @Test
    void certificatesUnderLoad() throws Exception {
        String id = new CertificateFixtures(context).issue("Benchmark Holder").id();
        Files.createDirectories(Path.of("target/bench"));

        for (int i = 0; i < WARM_UP; i++) {
            certificates.pdf(id); // warm-up: until the JIT has compiled the hot paths, as in a running server
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < PDFS; i++) {
            long start = System.nanoTime();
            certificates.pdf(id);
            nanos.add(System.nanoTime() - start);
        }
        double twoThreads = throughput(id, 2);
        String pdfJson = String.format(Locale.ROOT, """
                {"benchmark":"certificate-pdf","pdfs":%d,"bytes":%d,"singleThread":{"p50ms":%.2f,"p95ms":%.2f,"p99ms":%.2f},
                 "twoThreadsPerSecond":%.0f,"cores":%d,"java":"%s"}
                """, PDFS, certificates.pdf(id).length, p(nanos, 50), p(nanos, 95), p(nanos, 99), twoThreads,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Files.writeString(Path.of("target/bench/certificate-pdf.json"), pdfJson);
        System.out.println(pdfJson);

        if (!Boolean.parseBoolean(System.getProperty("bench.http", "true"))) {
            return;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            System.out.println("wrk not installed (apt-get install -y wrk): HTTP part skipped");
            return;
        }
        String base = "http://localhost:" + port;
        Map<String, Map<String, Object>> http = new LinkedHashMap<>();
        http.put("static", wrk(base + "/peercert/images/logo.svg", "*/*"));
        http.put("verificationPage", wrk(base + "/verify/" + id, "text/html,application/xhtml+xml,*/*;q=0.8"));
        http.put("verificationJson", wrk(base + "/verify/" + id + ".json", "application/json"));
        http.put("staticAgain", wrk(base + "/peercert/images/logo.svg", "*/*"));
        String httpJson = "{\"benchmark\":\"certificate-http\",\"connections\":" + CONNECTIONS + ",\"seconds\":" + SECONDS
                + ",\"results\":{" + http.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + json(e.getValue()))
                .collect(Collectors.joining(",")) + "}}\n";
        Files.writeString(Path.of("target/bench/certificate-http.json"), httpJson);
        System.out.println(httpJson);
    }

    private double throughput(String id, int threads) throws InterruptedException {
        var done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        certificates.pdf(id);
                        done.incrementAndGet();
                    }
                });
            }
        }
        return done.get() / (double) SECONDS;
    }

    /** wrk with 2 threads and 64 connections; a warm-up run first (JIT, caches), then the measured run. */
    private Map<String, Object> wrk(String url, String accept) throws Exception {
        run("wrk", "-t2", "-c" + CONNECTIONS, "-d" + WARM_UP_SECONDS + "s", "-H", "Accept: " + accept, url);
        String out = run("wrk", "-t2", "-c" + CONNECTIONS, "-d" + SECONDS + "s", "--latency", "-H", "Accept: " + accept, url);
        var result = new LinkedHashMap<String, Object>();
        result.put("url", url.replaceAll("/verify/[0-9A-Z]+", "/verify/{id}"));
        result.put("requestsPerSecond", number(out, "Requests/sec:\\s+([0-9.]+)"));
        result.put("p50ms", latency(out, "50%"));
        result.put("p99ms", latency(out, "99%"));
        result.put("non2xx", number(out, "Non-2xx or 3xx responses:\\s+([0-9]+)"));
        result.put("socketErrors", out.contains("Socket errors") ? out.lines().filter(l -> l.contains("Socket errors")).findFirst().orElse("").strip() : "");
        System.out.println(url + "\n" + out);
        return result;
    }

    private static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static double latency(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return -1;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static String json(Map<String, Object> values) {
        return values.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof String s ? "\"" + s + "\""
                : String.format(Locale.ROOT, "%.2f", (Double) e.getValue()))).collect(Collectors.joining(",", "{", "}"));
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
