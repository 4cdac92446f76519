package org.peercert;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's headless Chromium for the real-browser tests (no Selenium Manager download). */
public final class Chromium {

    private Chromium() {}

    /**
     * Starts a headless Chromium with the given extra arguments. A developer machine without Chromium skips
     * the test; CI (CI=true, whose .ci/run installs it) never does.
     */
    public static ChromeDriver start(String... extraArguments) {
        String chromium = System.getProperty("chromium.binary", "/usr/bin/chromium");
        assumeTrue(Files.isExecutable(Path.of(chromium)) || System.getenv("CI") != null,
                "Chromium not installed: apt-get install -y chromium chromium-driver");
        var options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run");
        options.addArguments(extraArguments);
        var logs = new LoggingPreferences(); // the console, for e.g. Content-Security-Policy violations
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
