package org.peercert.platform;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Debian's MariaDB server ({@code mariadb-server}) as a separate process, as production runs it: its own data
 * dir, port and socket, never the system service. The app connects as a real user with a password and only
 * the database's privileges (no SUPER), like a production account. {@link #kill()} is {@code kill -9};
 * {@link #start()} again on the same data dir and port is a crashed server coming back.
 * <p>
 * Without {@code mariadbd} installed the tests are skipped, unless {@code PEERCERT_REQUIRE_MARIADB_SERVER=true}
 * (set by {@code .ci/run}, which installs it): in CI a missing server fails the build instead of hiding the tests.
 */
final class ExternalMariaDb implements AutoCloseable {

    static final String DATABASE = "peercert";
    static final String USER = "peercert";
    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL = Path.of("/usr/bin/mariadb-install-db");

    private final Path dir;
    private final int port;
    private final String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private Process server;

    private ExternalMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Installs a fresh server into {@code dir}, starts it and creates the app's database and user. */
    static ExternalMariaDb install(Path dir) throws Exception {
        boolean required = "true".equals(System.getenv("PEERCERT_REQUIRE_MARIADB_SERVER"));
        boolean present = Files.isExecutable(SERVER) && Files.isExecutable(INSTALL);
        if (!present && required) {
            throw new IllegalStateException("mariadbd is missing: install Debian's mariadb-server (.ci/run does)");
        }
        Assumptions.assumeTrue(present, "Debian's mariadb-server is not installed (apt-get install mariadb-server): "
                + "the external-MariaDB tests are skipped");
        var db = new ExternalMariaDb(dir, freePort());
        Files.createDirectories(dir.resolve("data"));
        run(List.of(INSTALL.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"), "--user=root",
                "--auth-root-authentication-method=normal", "--skip-test-db"), dir.resolve("install.log"));
        db.start();
        db.asRoot(jdbc -> {
            jdbc.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : List.of("127.0.0.1", "localhost")) {
                jdbc.execute("CREATE USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + db.password + "'");
                jdbc.execute("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'" + host + "'");
            }
        });
        return db;
    }

    /** Starts the server (again) on its data dir and port and waits until it accepts connections. */
    synchronized void start() throws IOException {
        server = new ProcessBuilder(List.of(SERVER.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--user=root", "--skip-log-bin",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--innodb-buffer-pool-size=64M", "--max-connections=200"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
                .start();
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> {
            if (!server.isAlive()) {
                throw new AssertionError("mariadbd exited; see " + dir.resolve("server.log"));
            }
            try (Connection c = DriverManager.getConnection(rootUrl(), "root", "")) {
                return c.isValid(2);
            }
        });
    }

    /** {@code kill -9}: the server dies as in a crash or an OOM kill, without a clean shutdown. */
    synchronized void kill() throws InterruptedException {
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
    }

    String url() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    String password() {
        return password;
    }

    /** A short-lived root connection for what a DBA (or the test) does beside the app. */
    void asRoot(SqlWork work) throws SQLException {
        try (Connection c = DriverManager.getConnection(rootUrl(), "root", "")) {
            work.run(new JdbcTemplate(new SingleConnectionDataSource(c, true)));
        }
    }

    /** The app's own database, as root (sees every row; unaffected by read_only). */
    void inDatabase(SqlWork work) throws SQLException {
        try (Connection c = DriverManager.getConnection(rootUrl() + DATABASE, "root", "")) {
            work.run(new JdbcTemplate(new SingleConnectionDataSource(c, true)));
        }
    }

    interface SqlWork {
        void run(JdbcTemplate jdbc) throws SQLException;
    }

    private String rootUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy(); // SIGTERM: a clean shutdown
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static void run(List<String> command, Path log) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(command.getFirst() + " failed:\n" + Files.readString(log));
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
