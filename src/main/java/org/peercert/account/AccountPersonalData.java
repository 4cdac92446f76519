package org.peercert.account;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The profile and the mailed links issued to the user (never the password hash or token hashes: they
 * are secrets, not information about the person). The account row itself is deleted by
 * {@link PrivacyService} after every other holder has erased its part.
 */
@Component
class AccountPersonalData implements PersonalDataHolder {

    private final UserAccountRepository users;
    private final JdbcTemplate jdbc;

    AccountPersonalData(UserAccountRepository users, JdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object export(long userId) {
        var user = users.findById(userId).orElseThrow();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", user.getId());
        profile.put("email", user.getEmail());
        profile.put("displayName", user.getDisplayName());
        profile.put("role", user.getRole().name());
        profile.put("locale", user.getLocale());
        profile.put("createdAt", user.getCreatedAt());
        profile.put("termsAcceptedAt", user.getTermsAcceptedAt());
        profile.put("emailVerifiedAt", user.getEmailVerifiedAt());
        profile.put("lastLoginAt", user.getLastLoginAt());
        profile.put("remindersEnabled", user.isRemindersEnabled());
        profile.put("scoresPublic", user.isScoresPublic());
        profile.put("links", jdbc.queryForList(
                "select purpose, new_email, created_at, expires_at, used_at from account_token where user_id = ? order by id", userId));
        return profile;
    }

    @Override
    public void erase(long userId) {
        jdbc.update("delete from account_token where user_id = ?", userId);
    }
}
