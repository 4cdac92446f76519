package org.peercert.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peercert.platform.SqlLike;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Export my data" and "delete my account" over every module's {@link PersonalDataHolder} (policy:
 * docs/privacy.md). Deletion is one transaction: either every module erased its part and the account is
 * gone, or nothing changed.
 */
@Service
public class PrivacyService {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final List<PersonalDataHolder> holders;
    private final UserAccountRepository users;
    private final AccountSessions sessions;
    private final JdbcTemplate jdbc;

    PrivacyService(List<PersonalDataHolder> holders, UserAccountRepository users, AccountSessions sessions, JdbcTemplate jdbc) {
        this.holders = holders;
        this.users = users;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    /** Every module's section, by section name, as JSON. */
    @Transactional(readOnly = true)
    public String exportJson(long userId) {
        Map<String, Object> export = new LinkedHashMap<>();
        holders.stream().filter(h -> h.section().equals("account")).forEach(h -> export.put(h.section(), h.export(userId)));
        holders.stream().filter(h -> !h.section().equals("account")).forEach(h -> export.put(h.section(), h.export(userId)));
        return JSON.writeValueAsString(export);
    }

    /** Erases the user's personal data in every module, then the account; ends the user's sessions. */
    @Transactional
    public void deleteAccount(long userId) {
        var user = users.findById(userId).orElseThrow();
        holders.forEach(h -> h.erase(userId));
        // events about the user (e.g. a mail request) still queued in the publication registry: the address as a
        // whole JSON string, taken literally (an address may hold % or _, and a@b.org must not match ba@b.org)
        jdbc.update("delete from EVENT_PUBLICATION where SERIALIZED_EVENT like ? escape '!' or SERIALIZED_EVENT regexp ?",
                SqlLike.containing(JSON.writeValueAsString(user.getEmail())), "\"userId\":" + userId + "[,}]");
        users.delete(user);
        users.flush();
        sessions.expireAll(user.getEmail());
    }
}
