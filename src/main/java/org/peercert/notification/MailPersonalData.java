package org.peercert.notification;

import org.peercert.account.AccountService;
import org.peercert.account.PersonalDataHolder;
import org.peercert.account.UserAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mails queued or sent for the user's account: exported (without attachments' bytes) and erased by account
 * id, never by address alone. An address can change hands (email change, deletion and a new registration),
 * and mails sent for its previous owner, such as a reset link, are not the new owner's to read. Mails sent to
 * the address without any account (invitations) are not exported, but are erased with the account.
 */
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
        return jdbc.queryForList("""
                select id, recipient, kind, locale, subject, text_body, status, attempts, created_at, sent_at,
                       (select count(*) from mail_attachment a where a.message_id = m.id) as attachments
                from mail_message m where user_id = ? order by id""", userId);
    }

    @Override
    public void erase(long userId) {
        String email = accounts.findById(userId).map(UserAccount::getEmail).orElse("");
        jdbc.update("delete from mail_message where user_id = ? or (user_id is null and recipient = ?)", userId, email);
        jdbc.update("delete from inactivity_reminder where user_id = ?", userId);
    }
}
