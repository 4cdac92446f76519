package org.peercert.ui;

import java.util.Optional;

/**
 * The name the header greets a signed-in user with. The principal is the email (the sign-in name), which is
 * not what a person expects to see; the account module, which knows names, provides this.
 */
public interface DisplayNames {

    Optional<String> displayName(String principalName);
}
