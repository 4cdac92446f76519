package org.peercert.authoring;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.peercert.account.AccountService;
import org.peercert.account.UserAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the authoring audit log (table {@code authoring_audit}) in the transaction of the change it records, so
 * there is no change without its line and no line without its change. The actor's name is kept with it: the log
 * must still read right after an account is renamed or deleted. Read through {@link AuthoringAudit}.
 */
@Component
class AuditLog {

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    void record(long actorId, String courseKey, @Nullable Long draftId, AuditEntry.Action action, @Nullable String path, String detail) {
        jdbc.update("INSERT INTO authoring_audit (actor_id, actor_name, at, course_key, draft_id, action, path, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                actorId, name(actorId), Timestamp.from(clock.instant()), courseKey, draftId, action.name(), path,
                detail.length() > 1000 ? detail.substring(0, 997) + "..." : detail);
    }

    String name(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getDisplayName).orElse("#" + accountId);
    }
}
