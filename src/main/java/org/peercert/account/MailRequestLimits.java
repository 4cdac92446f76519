package org.peercert.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits the account mails anyone can make us send (reset and confirmation links, "this address already
 * has an account" notices): at most {@code per-address} per address and {@code per-client} per client within
 * the window. Counted in the database, so every instance shares one count. A request for an address without
 * an account counts the same way, so being refused tells nothing about who is registered. Only SHA-256
 * digests of the address and the client are stored, and only for the window (then purged).
 */
@Component
class MailRequestLimits {

    /** The client of requests made by the server itself (e.g. the first confirmation mail of a new account). */
    static final String SERVER = "server";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration window;
    private final int perAddress;
    private final int perClient;

    MailRequestLimits(JdbcTemplate jdbc, Clock clock,
            @Value("${peercert.account.mail-limit.window:1h}") Duration window,
            @Value("${peercert.account.mail-limit.per-address:3}") int perAddress,
            @Value("${peercert.account.mail-limit.per-client:30}") int perClient) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
        this.perAddress = perAddress;
        this.perClient = perClient;
    }

    /**
     * Records the request and returns true while both limits allow one more mail; otherwise records
     * nothing and returns false. Two requests racing may both pass at the limit: a bound, not a quota.
     */
    boolean tryRequest(String normalizedAddress, String client) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(window));
        String address = AccountTokens.hash(normalizedAddress);
        String from = AccountTokens.hash(client);
        if (count("address_hash", address, since) >= perAddress || count("client_hash", from, since) >= perClient) {
            return false;
        }
        jdbc.update("insert into account_mail_request (address_hash, client_hash, requested_at) values (?, ?, ?)",
                address, from, Timestamp.from(now));
        return true;
    }

    /**
     * Rows older than the window count for nothing; they are deleted here, off the request path: a range delete in
     * every request took gap locks that concurrent sign-ups' inserts then deadlocked on (ConcurrentRegistrationTest).
     * Idempotent, so every instance may run it; small batches keep each statement's locks short.
     */
    @Scheduled(fixedDelayString = "${peercert.account.mail-limit.purge-interval:PT10M}")
    void purgeExpired() {
        Timestamp before = Timestamp.from(clock.instant().minus(window));
        while (jdbc.update("delete from account_mail_request where requested_at < ? limit 1000", before) == 1000) {
            // the next batch
        }
    }

    private int count(String column, String hash, Timestamp since) {
        Integer count = jdbc.queryForObject("select count(*) from account_mail_request where " + column
                + " = ? and requested_at >= ?", Integer.class, hash, since);
        return count == null ? 0 : count;
    }
}
