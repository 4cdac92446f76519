package org.peercert.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.peercert.account.AccountSecurity;
import org.peercert.account.CurrentUser;
import org.peercert.account.TokenException;
import org.peercert.account.UserAccount;

/** Opened from the verification mail; works signed in (as the owner) or not. */
@Route("verify-email")
@PageTitle("Confirm email · PeerCert")
@AnonymousAllowed
public class VerifyEmailView extends TokenLinkView {

    private final transient AccountSecurity security;
    private final transient CurrentUser currentUser;

    VerifyEmailView(AccountSecurity security, CurrentUser currentUser) {
        super("confirm-email.title");
        this.security = security;
        this.currentUser = currentUser;
    }

    @Override
    void onToken(String token) {
        try {
            security.verifyEmail(token, currentUser.account().map(UserAccount::getId).orElse(null));
            outcome.setText(getTranslation("confirm-email.done"));
            var onward = new Anchor("learn", getTranslation("confirm-email.continue"));
            onward.setId("confirm-email-continue");
            onward.addClassName("pc-cta");
            add(onward);
        } catch (TokenException e) {
            outcome.setText(getTranslation(e.messageKey()));
        }
    }
}
