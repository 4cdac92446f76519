package org.peercert.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shared test server is started exactly as `run` starts it: these are the protections a local user or the network meets. */
@PeerCertTest
class EmbeddedMariaDbSecurityTest {

    @Autowired
    EmbeddedMariaDb server;

    @Autowired
    DataSource dataSource;

    private String url() {
        return "jdbc:mariadb://127.0.0.1:" + server.port() + "/";
    }

    @Test
    void connectingWithoutThePasswordIsRefused() {
        for (String user : List.of("root", "anyone", "")) {
            assertThatThrownBy(() -> DriverManager.getConnection(url(), user, "").close())
                    .as("user '%s' without a password", user)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"));
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "root", "guessed").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"));
    }

    @Test
    void theStoredPasswordIsTheOneThatLetsTheAppIn() throws Exception {
        String stored = Files.readString(server.dataDir().resolve(RootAccount.PASSWORD_FILE)).strip();
        assertThat(stored).hasSizeGreaterThanOrEqualTo(32).isEqualTo(server.password());
        try (var connection = DriverManager.getConnection(url(), "root", stored)) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void serverListensOnLoopbackOnlyWithGrantTablesOn() {
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT @@bind_address", String.class)).isEqualTo("127.0.0.1");
        assertThat(jdbc.queryForObject("SELECT @@skip_grant_tables", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT @@skip_networking", Integer.class)).isZero(); // TCP on loopback stays
    }

    /** What `ss -ltn` shows by hand: the server's port is reachable on 127.0.0.1 and nowhere else. */
    @Test
    void thePortIsOpenOnlyOn127001() throws IOException {
        var elsewhere = new ArrayList<InetAddress>(NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.getHostAddress().equals("127.0.0.1"))
                .toList());
        elsewhere.add(InetAddress.getByName("::1"));
        for (InetAddress address : elsewhere) {
            assertThatThrownBy(() -> connect(address)).as("port %d on %s", server.port(), address)
                    .isInstanceOf(IOException.class);
        }
        connect(InetAddress.getByName("127.0.0.1")); // so the refusals above are not just a stopped server
    }

    private void connect(InetAddress address) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, server.port()), 5_000);
        }
    }

    @Test
    void installersOpenAccountsAndTestDatabaseAreRemoved() {
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mysql.global_priv WHERE User = ''", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mysql.db WHERE Db LIKE 'test%'", Integer.class)).isZero();
        assertThat(jdbc.queryForList("SHOW DATABASES", String.class)).doesNotContain("test");
    }

    @Test
    void dataDirServerDirPasswordFileAndSocketAreOwnerOnly() throws IOException {
        Path dataDir = server.dataDir();
        Path serverDir = dataDir.resolveSibling(dataDir.getFileName() + "-server");
        assertThat(permissions(dataDir)).isEqualTo("rwx------");
        assertThat(permissions(serverDir)).isEqualTo("rwx------");
        assertThat(permissions(serverDir.resolve("tmp"))).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve(RootAccount.PASSWORD_FILE))).isEqualTo("rw-------");
        Path socket = serverDir.resolve("mariadb.sock");
        assertThat(socket).exists();
        assertThat(Files.getPosixFilePermissions(socket))
                .doesNotContain(PosixFilePermission.OTHERS_WRITE, PosixFilePermission.GROUP_WRITE);
        assertThat(serverDir.resolve("init.sql")).as("the init file with the password is gone after start").doesNotExist();
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
