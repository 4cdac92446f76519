package org.peercert.account.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.peercert.account.AccountSecurity;
import org.peercert.account.CurrentUser;
import org.peercert.account.RegistrationException;
import org.peercert.account.TokenException;
import org.peercert.account.UserAccount;

/** Opened from the mail sent to a new address: the account's email becomes that address. */
@Route("confirm-email")
@PageTitle("Confirm new email · PeerCert")
@AnonymousAllowed
public class ConfirmEmailView extends TokenLinkView {

    private final transient AccountSecurity security;
    private final transient CurrentUser currentUser;

    ConfirmEmailView(AccountSecurity security, CurrentUser currentUser) {
        super("change-email.title");
        this.security = security;
        this.currentUser = currentUser;
    }

    @Override
    void onToken(String token) {
        try {
            String email = security.confirmEmailChange(token, currentUser.account().map(UserAccount::getId).orElse(null));
            outcome.setText(getTranslation("change-email.done", email));
        } catch (TokenException e) {
            outcome.setText(getTranslation(e.messageKey()));
        } catch (RegistrationException e) {
            outcome.setText(getTranslation("register.error.email.taken"));
        }
    }
}
