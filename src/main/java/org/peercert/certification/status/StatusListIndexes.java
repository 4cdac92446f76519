package org.peercert.certification.status;

import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives each certificate a random, unused position in the status list. Random, not sequential, so a position says
 * nothing about when or in which order a certificate was issued. The unique key on the column decides between
 * two instances picking the same position at once; the loser draws again. The column is written only here (in
 * SQL; the entity maps it read-only), inside the caller's transaction.
 */
@Component
public class StatusListIndexes {

    private static final Logger log = LoggerFactory.getLogger(StatusListIndexes.class);
    /** At 50 % full a draw succeeds every other time: 64 misses in a row means the list is as good as full. */
    private static final int ATTEMPTS = 64;

    private final JdbcTemplate jdbc;
    private final RandomGenerator random;

    @Autowired
    StatusListIndexes(JdbcTemplate jdbc) {
        this(jdbc, new SecureRandom());
    }

    StatusListIndexes(JdbcTemplate jdbc, RandomGenerator random) {
        this.jdbc = jdbc;
        this.random = random;
    }

    /** The certificate's position, drawn now if it has none yet. */
    public int assign(String certificateId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int index = random.nextInt(BitstringStatusList.SIZE);
            try {
                if (jdbc.update("UPDATE certificate SET status_list_index = ? WHERE id = ? AND status_list_index IS NULL",
                        index, certificateId) == 1) {
                    return index;
                }
                return existing(certificateId);
            } catch (DuplicateKeyException taken) {
                // another certificate holds this position: draw again
            }
        }
        throw new IllegalStateException("The revocation status list has no free position found in " + ATTEMPTS
                + " draws: it needs a second list");
    }

    /**
     * Certificates issued before status lists existed get their position at start-up, so that every badge has a
     * {@code credentialStatus} and a later revocation shows in the list.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void assignMissing() {
        List<String> missing = jdbc.queryForList("SELECT id FROM certificate WHERE status_list_index IS NULL", String.class);
        missing.forEach(this::assign);
        if (!missing.isEmpty()) {
            log.info("Gave {} earlier certificates a position in the revocation status list", missing.size());
        }
    }

    private int existing(String certificateId) {
        Integer index = jdbc.queryForObject("SELECT status_list_index FROM certificate WHERE id = ?", Integer.class, certificateId);
        if (index == null) {
            throw new IllegalArgumentException("No certificate " + certificateId);
        }
        return index;
    }
}
