package org.peercert.notification;

import org.peercert.account.AccountService;
import org.peercert.account.PersonalDataHolder;
import org.peercert.account.UserAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Mails queued or sent to the user (by account or address): exported without attachments' bytes, erased. */
@Component
class MailPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;
    private final AccountService accounts;

    MailPersonalData(JdbcTemplate jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public String section() {
        return "mails";
    }

    @Override
    public Object export(long userId) {
        String email = accounts.findById(userId).map(UserAccount::getEmail).orElse("");
        return jdbc.queryForList("""
                select id, recipient, kind, locale, subject, text_body, status, attempts, created_at, sent_at,
                       (select count(*) from mail_attachment a where a.message_id = m.id) as attachments
                from mail_message m where user_id = ? or recipient = ? order by id""", userId, email);
    }

    @Override
    public void erase(long userId) {
        String email = accounts.findById(userId).map(UserAccount::getEmail).orElse("");
        jdbc.update("delete from mail_message where user_id = ? or recipient = ?", userId, email);
        jdbc.update("delete from inactivity_reminder where user_id = ?", userId);
    }
}
