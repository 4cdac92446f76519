package org.peercert.notification;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance only, when several share the database: the instance whose
 * conditional UPDATE takes the job's row (its lease has run out) runs it; the others skip this round.
 * After the run the lease is kept for at least {@code minHold}, so an instance whose clock or schedule
 * fires a little later does not run the same round again. (The same idea as ShedLock, in one table,
 * {@code job_lock}; ShedLock is not available from this build's repositories.)
 */
@Component
public class JobLock {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String instance;

    JobLock(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = hostName() + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID();
    }

    /**
     * Runs {@code job} if this instance gets the lock named {@code name}; returns whether it ran.
     * {@code maxHold} frees the lock if this instance dies while running; {@code minHold} is how long
     * the lock stays taken after a run.
     */
    public boolean runExclusively(String name, Duration maxHold, Duration minHold, Runnable job) {
        Instant start = clock.instant();
        jdbc.update("insert ignore into job_lock (name, locked_until, locked_by) values (?, ?, '')", name,
                Timestamp.from(Instant.EPOCH.plusSeconds(1)));
        int taken = jdbc.update("update job_lock set locked_until = ?, locked_by = ? where name = ? and locked_until <= ?",
                Timestamp.from(start.plus(maxHold)), instance, name, Timestamp.from(start));
        if (taken != 1) {
            return false;
        }
        try {
            job.run();
        } finally {
            Instant until = start.plus(minHold);
            Instant now = clock.instant();
            jdbc.update("update job_lock set locked_until = ? where name = ? and locked_by = ?",
                    Timestamp.from(until.isAfter(now) ? until : now), name, instance);
        }
        return true;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown-host";
        }
    }
}
