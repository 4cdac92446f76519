package org.peercert.platform;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/peercert-*.jar}, built by {@code package} before failsafe runs) started with
 * {@code java -jar} as its own OS process, configured as production is: the prod profile, the external database,
 * SMTP and the signing keystore from environment variables. {@link #kill()} is {@code kill -9}.
 */
final class AppInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path log;
    private final int port;
    private final ProcessBuilder command;
    private Process process;

    private AppInstance(Path log, int port, ProcessBuilder command) {
        this.log = log;
        this.port = port;
        this.command = command;
    }

    /**
     * Starts without waiting (two instances may start at once), run through {@code launcher} (e.g.
     * {@code setpriv --reuid=nobody ...}; empty: directly) and with {@code envChanges} applied to the production
     * environment (an empty value removes the variable, e.g. the keystore).
     */
    static AppInstance start(List<String> launcher, Map<String, String> envChanges, String name, Path home, ExternalMariaDb db,
            Path keystore, String keystorePassword, int smtpPort, String... args) throws IOException {
        int port = ExternalMariaDb.freePort();
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        var builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("SPRING_DATASOURCE_URL", db.url());
        env.put("SPRING_DATASOURCE_USERNAME", ExternalMariaDb.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", db.password());
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", Integer.toString(smtpPort));
        env.put("PEERCERT_SIGNING_KEYSTORE", keystore.toString());
        env.put("PEERCERT_SIGNING_PASSWORD", keystorePassword);
        env.put("PEERCERT_DATA_DIR", home.resolve(name + "-data").toString());
        env.put("PEERCERT_CURRICULUM_DIR", Path.of("curriculum").toAbsolutePath().toString());
        env.put("PORT", Integer.toString(port));
        envChanges.forEach((key, value) -> {
            if (value.isEmpty()) {
                env.remove(key);
            } else {
                env.put(key, value);
            }
        });
        var app = new AppInstance(home.resolve(name + ".log"), port, builder);
        app.launch();
        return app;
    }

    private void launch() throws IOException {
        process = command.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** The HTTP port on 127.0.0.1 (a browser opens {@code localhost:port}). */
    int port() {
        return port;
    }

    /** Waits until the instance answers HTTP (its public revocation list needs the database). */
    AppInstance awaitReady() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited; its log:\n" + tail());
            }
            return get("/.well-known/jwks.json").statusCode() == 200;
        });
        return this;
    }

    /** Waits until the process ends by itself (a start-up that fails) and returns its exit code. */
    int awaitExit(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the app is still running after " + atMost);
        }
        return process.exitValue();
    }

    /** Everything the instance logged so far (all its starts). */
    String log() throws IOException {
        return Files.readString(log);
    }

    /** {@code kill -9}: no shutdown hook, no graceful close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the same process again, on the same port and data dir. */
    AppInstance restart() throws IOException {
        launch();
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with this {@code Accept} header (a browser's {@code text/html}, an API client's JSON). */
    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("peercert-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/peercert-*.jar: run `mvn package` (verify does)"));
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
