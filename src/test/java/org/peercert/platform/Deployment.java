package org.peercert.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Production as the platform ITs run it: Debian's MariaDB server ({@link ExternalMariaDb}), a GreenMail SMTP
 * server (optionally behind an {@link SmtpRelay}), a signing keystore, and packaged app instances on them, all
 * under one temporary {@code home}. The named instances start at the same moment, as nodes behind a load balancer
 * do, and are awaited together. {@link #close()} stops whatever was started, also after a start that failed half way
 * (Debian's server missing skips the tests, as {@link ExternalMariaDb#install} says).
 */
final class Deployment implements AutoCloseable {

    private static final String KEYSTORE_PASSWORD = "test-keystore-secret";

    private final Path home;
    private final List<AppInstance> nodes = new ArrayList<>();
    private @Nullable ExternalMariaDb db;
    private @Nullable GreenMail smtp;
    private @Nullable SmtpRelay relay;
    private @Nullable Path keystore;

    private Deployment(Path home) {
        this.home = home;
    }

    /** The server, GreenMail, the keystore and one instance per name, each started with {@code args}. */
    static Deployment start(Path home, List<String> names, String... args) throws Exception {
        return start(home, false, names, args);
    }

    /** As {@link #start}, the instances sending mail through an {@link SmtpRelay} in front of GreenMail. */
    static Deployment startBehindRelay(Path home, List<String> names, String... args) throws Exception {
        return start(home, true, names, args);
    }

    private static Deployment start(Path home, boolean relayed, List<String> names, String... args) throws Exception {
        var deployment = new Deployment(home);
        try {
            deployment.db = ExternalMariaDb.install(home.resolve("db"));
            deployment.smtp = new GreenMail(new ServerSetup(ExternalMariaDb.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            deployment.smtp.start();
            if (relayed) {
                deployment.relay = SmtpRelay.to(deployment.smtp.getSmtp().getPort());
            }
            deployment.keystore = SigningKeystore.create(home, KEYSTORE_PASSWORD);
            for (String name : names) {
                deployment.nodes.add(deployment.start(List.of(), Map.of(), name, args));
            }
            deployment.nodes.forEach(AppInstance::awaitReady);
            return deployment;
        } catch (Exception | AssertionError e) {
            deployment.close();
            throw e;
        }
    }

    /**
     * Another instance on the same server, mail and keystore, not awaited and not stopped by {@link #close()}: see
     * {@link AppInstance#start}.
     */
    AppInstance start(List<String> launcher, Map<String, String> envChanges, String name, String... args) throws Exception {
        int smtpPort = relay != null ? relay.port() : smtp().getSmtp().getPort();
        return AppInstance.start(launcher, envChanges, name, home, db(), required(keystore), KEYSTORE_PASSWORD, smtpPort, args);
    }

    /** The instance started as the {@code index}-th name. */
    AppInstance node(int index) {
        return nodes.get(index);
    }

    ExternalMariaDb db() {
        return required(db);
    }

    GreenMail smtp() {
        return required(smtp);
    }

    SmtpRelay relay() {
        return required(relay);
    }

    private static <T> T required(@Nullable T started) {
        if (started == null) {
            throw new IllegalStateException("not started");
        }
        return started;
    }

    /** The instances first (gracefully), then the server, the relay and GreenMail. */
    @Override
    public void close() throws Exception {
        List<AutoCloseable> running = new ArrayList<>(nodes);
        running.add(db);
        running.add(relay);
        for (AutoCloseable each : running) {
            if (each != null) {
                each.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }
}
