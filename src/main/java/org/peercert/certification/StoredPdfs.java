package org.peercert.certification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed PDF of each certificate, stored once (table {@code certificate_pdf}). Plain JDBC: the bytes are
 * written once and never change, and {@code INSERT IGNORE} lets two first downloads of an old certificate race
 * safely (the first row wins and both serve it).
 */
@Component
class StoredPdfs {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StoredPdfs(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the PDF unless the certificate has one already. */
    void store(String certificateId, byte[] pdf) {
        jdbc.update("INSERT IGNORE INTO certificate_pdf (certificate_id, pdf, sha256, created_at) VALUES (?, ?, ?, ?)",
                certificateId, pdf, sha256(pdf), Timestamp.from(clock.instant()));
    }

    Optional<byte[]> find(String certificateId) {
        return jdbc.query("SELECT pdf FROM certificate_pdf WHERE certificate_id = ?", (rs, n) -> rs.getBytes(1), certificateId)
                .stream().findFirst();
    }

    /**
     * The stored PDF as committed now, also when another transaction stored it after this one began: a locking read
     * (a plain one reads this transaction's snapshot, which does not have the row {@code INSERT IGNORE} skipped over).
     */
    byte[] findLatest(String certificateId) {
        return jdbc.queryForObject("SELECT pdf FROM certificate_pdf WHERE certificate_id = ? LOCK IN SHARE MODE",
                (rs, n) -> rs.getBytes(1), certificateId);
    }

    /** Dropped when the holder's details are erased: the stored file prints their name (it is rendered again without). */
    void forget(String certificateId) {
        jdbc.update("DELETE FROM certificate_pdf WHERE certificate_id = ?", certificateId);
    }

    static String sha256(byte[] pdf) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
