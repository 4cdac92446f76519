package org.peercert.cohort;

import org.peercert.account.AccountService;
import org.peercert.account.PersonalDataHolder;
import org.peercert.account.UserAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Invitations sent to the user's address or accepted by them; those a trainer sent forget who sent them. */
@Component
class CohortPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;
    private final AccountService accounts;

    CohortPersonalData(JdbcTemplate jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public String section() {
        return "invitations";
    }

    @Override
    public Object export(long userId) {
        String email = accounts.findById(userId).map(UserAccount::getEmail).orElse("");
        return jdbc.queryForList("select course_key, email, created_at, expires_at, accepted_at from invitation"
                + " where email = ? or accepted_by = ? order by id", email, userId);
    }

    @Override
    public void erase(long userId) {
        String email = accounts.findById(userId).map(UserAccount::getEmail).orElse("");
        jdbc.update("delete from invitation where email = ? or accepted_by = ?", email, userId);
        jdbc.update("update invitation set invited_by = null where invited_by = ?", userId);
    }
}
