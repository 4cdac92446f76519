package org.peercert.account.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.peercert.account.AccountService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client (IP address) in a sliding window; over the limit,
 * sign-in is refused before the password is even checked, until old failures leave the window. An
 * attempt counts against the account the typed name resolves to (see {@link #budgetKey}), never against
 * the typed string, so spellings the database treats as one address share one budget.
 * A successful sign-in clears the account's count. Counts live in memory, per instance: enough against
 * guessing through one instance; the window and limits are configuration.
 */
@Component
class LoginThrottle {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byClient = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AccountService accounts;
    private final Duration window;
    private final int accountLimit;
    private final int clientLimit;

    LoginThrottle(Clock clock, AccountService accounts,
            @Value("${peercert.login.throttle-window:15m}") Duration window,
            @Value("${peercert.login.max-failures-per-account:5}") int accountLimit,
            @Value("${peercert.login.max-failures-per-client:20}") int clientLimit) {
        this.clock = clock;
        this.accounts = accounts;
        this.window = window;
        this.accountLimit = accountLimit;
        this.clientLimit = clientLimit;
    }

    /**
     * The budget a typed sign-in name counts against: the id of the account the lookup finds for it (the
     * lookup normalizes like {@link AccountService#normalizeEmail} and the database collation also ignores
     * accents, so "próbe1@x" and "PROBE1@x " are one account and one budget); for a name without an
     * account, its normalized form without accents.
     */
    String budgetKey(String username) {
        String email = AccountService.normalizeEmail(username);
        return accounts.findByEmail(email).map(user -> "account:" + user.getId())
                .orElseGet(() -> "name:" + ACCENTS.matcher(Normalizer.normalize(email, Normalizer.Form.NFD)).replaceAll(""));
    }

    boolean blocked(String budgetKey, String client) {
        return count(byAccount, budgetKey) >= accountLimit || count(byClient, client) >= clientLimit;
    }

    void failed(String budgetKey, String client) {
        Instant now = clock.instant();
        record(byAccount, budgetKey, now);
        record(byClient, client, now);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        byAccount.remove(budgetKey(name));
        accounts.recordLogin(name);
    }

    private void record(Map<String, Deque<Instant>> counts, String key, Instant now) {
        var failures = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            failures.addLast(now);
            prune(failures);
        }
    }

    private int count(Map<String, Deque<Instant>> counts, String key) {
        var failures = counts.get(key);
        if (failures == null) {
            return 0;
        }
        synchronized (failures) {
            prune(failures);
            return failures.size();
        }
    }

    private void prune(Deque<Instant> failures) {
        Instant oldest = clock.instant().minus(window);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(oldest)) {
            failures.removeFirst();
        }
    }
}
