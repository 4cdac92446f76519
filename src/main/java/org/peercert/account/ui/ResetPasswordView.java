package org.peercert.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.peercert.account.AccountSecurity;
import org.peercert.account.PasswordPolicy;
import org.peercert.account.RegistrationException;
import org.peercert.account.TokenException;

/** Opened from the reset mail: choose a new password; the link then stops working. */
@Route("reset-password")
@PageTitle("New password · PeerCert")
@AnonymousAllowed
public class ResetPasswordView extends TokenLinkView {

    final PasswordField password = new PasswordField();
    final Button save = new Button();
    private final transient AccountSecurity security;
    private String token = "";

    ResetPasswordView(AccountSecurity security) {
        super("reset.title");
        this.security = security;
        password.setId("reset-password");
        password.setLabel(getTranslation("reset.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        save.setId("reset-save");
        save.setText(getTranslation("reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(password, save);
    }

    @Override
    void onToken(String token) {
        // the view is reused when the link is opened again: start over
        this.token = token;
        outcome.setText("");
        password.clear();
        password.setInvalid(false);
        password.setVisible(true);
        save.setVisible(true);
    }

    private void save() {
        try {
            security.resetPassword(token, password.getValue());
            outcome.setText(getTranslation("reset.done"));
            password.setVisible(false);
            save.setVisible(false);
        } catch (TokenException e) {
            outcome.setText(getTranslation(e.messageKey()));
        } catch (RegistrationException e) {
            password.setErrorMessage(getTranslation(e.fieldErrors().get("password"), PasswordPolicy.MIN_LENGTH));
            password.setInvalid(true);
        }
    }
}
