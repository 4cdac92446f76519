package org.peercert.account;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, for views that act on the user's own data. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    CurrentUser(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    public Optional<UserAccount> account() {
        return authentication.getPrincipalName().flatMap(accounts::findByEmail);
    }

    /** The user's id; views using it are only reachable when signed in. */
    public long id() {
        return account().map(UserAccount::getId)
                .orElseThrow(() -> new IllegalStateException("No signed-in user with an account"));
    }
}
