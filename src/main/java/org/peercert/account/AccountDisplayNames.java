package org.peercert.account;

import java.util.Optional;
import org.peercert.ui.DisplayNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the header the account's display name for the signed-in email. */
@Component
class AccountDisplayNames implements DisplayNames {

    private final UserAccountRepository users;

    AccountDisplayNames(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> displayName(String principalName) {
        return users.findByEmail(AccountService.normalizeEmail(principalName)).map(UserAccount::getDisplayName);
    }
}
