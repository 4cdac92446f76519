package org.peercert.account;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions (after a password reset or email change): Spring Security's concurrent-session
 * filter then refuses them on their next request. The registry lives in memory, per instance (with
 * several instances behind a load balancer, a shared session store would be needed; see privacy.md).
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void expireAll(String email) {
        for (Object principal : registry.getAllPrincipals()) {
            String name = principal instanceof UserDetails user ? user.getUsername() : principal.toString();
            if (AccountService.normalizeEmail(name).equals(email)) {
                registry.getAllSessions(principal, false).forEach(s -> s.expireNow());
            }
        }
    }
}
