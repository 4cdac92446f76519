package org.peercert.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peercert.Browser;
import org.peercert.BrowserJourneyTest;
import org.peercert.TestUsers;

/**
 * What a phone downloads: the public catalog and a signed-in trainee's first quiz question (the pre-test's),
 * each loaded with a cold cache and then again with a warm one, in Chromium at 360 x 780 on Chrome DevTools'
 * "Fast 3G" (562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up) with the CPU slowed 4x, as Lighthouse's
 * mobile run does. Each run is a fresh Chromium (empty cache); the trainee signs in before the throttling
 * starts and the cache is cleared after sign-in, so the quiz is a first load with only the session cookie.
 * <p>
 * Per page: requests, bytes transferred (compressed, headers included, as Resource Timing's
 * {@code transferSize}) and decoded, the largest resources, and time to interactive, defined here as the
 * time from navigation start until the page's first control is rendered and upgraded: the first module card
 * of the catalog, the first answer option of the question. Median of {@code bench.runs} (3) runs.
 * Run: {@code mvn -Pbench test -Dtest=PageWeightBenchmark [-Dbench.label=after]}; results in
 * target/bench/page-weight-*.json. Byte counts are exact; times are upper bounds on a shared machine.
 */
@Tag("benchmark")
class PageWeightBenchmark extends BrowserJourneyTest {

    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final String LABEL = System.getProperty("bench.label", "current");

    /** Fast 3G as Chrome DevTools defines it; bytes per second. */
    private static final Map<String, Object> FAST_3G = Map.of("offline", false, "latency", 562.5,
            "downloadThroughput", 1_440_000 / 8, "uploadThroughput", 675_000 / 8);

    private static final String CATALOG_READY = ".pc-module-card";
    private static final String QUESTION_READY = ".pc-question-block vaadin-radio-button, .pc-question-block vaadin-checkbox, "
            + ".pc-question-block vaadin-select, .pc-question-block vaadin-text-field, .pc-question-block vaadin-text-area";

    /**
     * Runs in every document before the page's own scripts: records when the first element matching the
     * selector (the argument) is on screen and its custom element is defined (clickable).
     */
    private static final String READY_PROBE = """
            (() => {
              const check = () => {
                const e = document.querySelector(%s);
                if (e && e.getBoundingClientRect().height > 0 && (!e.localName.includes('-') || customElements.get(e.localName))) {
                  window.__pcReady = performance.now();
                } else {
                  setTimeout(check, 20);
                }
              };
              check();
            })();""";

    private static final String RESOURCES = """
            return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
              .map(e => ({name: e.name, transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize}));""";

    @Test
    void pageWeightOnAPhone() throws Exception {
        String email = TestUsers.uniqueEmail();
        long user = newTrainee("Page Weight", email);
        long enrollment = learning.enroll(user, "dpsc");
        long attempt = learning.startPreTest(user, enrollment).id();
        String question = "/learn/" + enrollment + "/attempt/" + attempt;

        Map<String, List<Load>> loads = new java.util.LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            try (Browser phone = Browser.open(port, 360, 780)) {
                loads.computeIfAbsent("catalog cold", k -> new ArrayList<>()).add(load(phone, "/", CATALOG_READY, true));
                loads.computeIfAbsent("catalog warm", k -> new ArrayList<>()).add(load(phone, "/", CATALOG_READY, false));
            }
            try (Browser phone = Browser.open(port, 360, 780)) {
                phone.signIn(email, TestUsers.STRONG_PASSWORD);
                loads.computeIfAbsent("question cold", k -> new ArrayList<>()).add(load(phone, question, QUESTION_READY, true));
                loads.computeIfAbsent("question warm", k -> new ArrayList<>()).add(load(phone, question, QUESTION_READY, false));
            }
        }

        var json = new StringBuilder("{\"benchmark\":\"page-weight\",\"label\":\"" + LABEL + "\",\"runs\":" + RUNS
                + ",\"network\":\"Fast 3G (562.5 ms RTT, 1440 kbit/s down, 675 kbit/s up)\",\"cpuSlowdown\":4,\"window\":\"360x780\",\"pages\":{");
        var table = new StringBuilder("| page | requests | transferred KB | decoded KB | time to interactive s |\n|---|---|---|---|---|\n");
        String separator = "";
        for (var page : loads.entrySet()) {
            List<Load> runs = page.getValue();
            Load median = runs.stream().sorted(Comparator.comparingDouble(Load::readyMs)).toList().get(runs.size() / 2);
            json.append(separator).append(median.json(page.getKey(), runs));
            table.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f |%n", page.getKey(), median.requests(),
                    median.transferred() / 1024.0, median.decoded() / 1024.0, median.readyMs() / 1000));
            separator = ",";
        }
        json.append("}}\n");
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/page-weight-" + LABEL + ".json"), json);
        System.out.println(json);
        System.out.println(table);
    }

    /** One page load on Fast 3G: a cold one clears the browser cache first. */
    private Load load(Browser phone, String path, String readySelector, boolean cold) {
        var cdp = phone.driver();
        cdp.executeCdpCommand("Network.enable", Map.of());
        if (cold) {
            cdp.executeCdpCommand("Network.clearBrowserCache", Map.of());
        }
        cdp.executeCdpCommand("Network.emulateNetworkConditions", FAST_3G);
        cdp.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
        var probe = cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", READY_PROBE.formatted("'" + readySelector + "'")));
        try {
            phone.get(path);
            var wait = new WebDriverWait(cdp, Duration.ofMinutes(2), Duration.ofMillis(250));
            double readyMs = ((Number) wait.until(d -> phone.js("return window.__pcReady;"))).doubleValue();
            // then until no new request for 2 s: lazy chunks and the first server round trips count too
            int[] seen = {-1};
            long[] stableSince = {System.nanoTime()};
            List<Resource> resources = wait.until(d -> {
                List<Resource> now = resources(phone);
                if (now.size() != seen[0]) {
                    seen[0] = now.size();
                    stableSince[0] = System.nanoTime();
                    return null;
                }
                return System.nanoTime() - stableSince[0] > 2_000_000_000L ? now : null;
            });
            return new Load(readyMs, resources);
        } finally {
            cdp.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", probe.get("identifier")));
            cdp.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
            cdp.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Resource> resources(Browser phone) {
        return ((List<Map<String, Object>>) phone.js(RESOURCES)).stream()
                .map(e -> new Resource(shortName((String) e.get("name")), number(e.get("transfer")), number(e.get("encoded")),
                        number(e.get("decoded"))))
                .toList();
    }

    private static String shortName(String url) {
        return url.replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    record Resource(String name, long transfer, long encoded, long decoded) {}

    record Load(double readyMs, List<Resource> resources) {
        int requests() {
            return resources.size();
        }

        long transferred() {
            return resources.stream().mapToLong(Resource::transfer).sum();
        }

        long decoded() {
            return resources.stream().mapToLong(Resource::decoded).sum();
        }

        String json(String page, List<Load> runs) {
            Function<Resource, String> row = r -> String.format(Locale.ROOT,
                    "{\"name\":\"%s\",\"transferBytes\":%d,\"decodedBytes\":%d}", r.name(), r.transfer(), r.decoded());
            String largest = resources.stream().sorted(Comparator.comparingLong(Resource::decoded).reversed()).limit(8)
                    .map(row).collect(Collectors.joining(","));
            String all = runs.stream().map(l -> String.format(Locale.ROOT, "%.0f", l.readyMs())).collect(Collectors.joining(","));
            return String.format(Locale.ROOT, "\"%s\":{\"requests\":%d,\"transferBytes\":%d,\"decodedBytes\":%d,"
                    + "\"timeToInteractiveMs\":%.0f,\"timeToInteractiveRunsMs\":[%s],\"largest\":[%s]}",
                    page, requests(), transferred(), decoded(), readyMs, all, largest);
        }
    }
}
