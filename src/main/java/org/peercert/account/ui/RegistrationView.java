package org.peercert.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.peercert.account.AccountService;
import org.peercert.account.PasswordPolicy;
import org.peercert.account.PersonName;
import org.peercert.account.Registration;
import org.peercert.account.RegistrationException;
import org.peercert.account.RequestClient;

/** Self-registration as a trainee. Every refused field shows its own message; nothing typed is lost. */
@Route("register")
@PageTitle("Create account · PeerCert")
@AnonymousAllowed
public class RegistrationView extends Div {

    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Checkbox acceptTerms = new Checkbox();
    final Button submit = new Button();

    private final transient AccountService accounts;

    RegistrationView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("pc-page", "pc-narrow");
        displayName.setId("register-name");
        email.setId("register-email");
        password.setId("register-password");
        confirmPassword.setId("register-confirm");
        acceptTerms.setId("register-terms");
        submit.setId("register-submit");
        displayName.setLabel(getTranslation("register.name"));
        displayName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        PersonName.bindTo(displayName);
        email.setLabel(getTranslation("register.email"));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmPassword.setLabel(getTranslation("register.confirm"));
        confirmPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        acceptTerms.setLabel(getTranslation("register.terms"));
        var terms = new Details(getTranslation("register.terms.read"), new Paragraph(getTranslation("register.terms.text")));
        submit.setText(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> register());
        submit.setDisableOnClick(true);

        var form = new FormLayout(displayName, email, password, confirmPassword, terms, acceptTerms, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), form,
                new Paragraph(new RouterLink(getTranslation("register.haveAccount"), LoginView.class)));
    }

    private void register() {
        clearErrors();
        try {
            if (!password.getValue().equals(confirmPassword.getValue())) {
                showErrors(Map.of("confirmPassword", "register.error.confirm"));
                return;
            }
            // the same answer whether or not the address already has an account (its owner gets a notice)
            accounts.signUp(new Registration(displayName.getValue(), email.getValue(), password.getValue(),
                    acceptTerms.getValue(), getLocale().getLanguage()), RequestClient.current());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of("registered", "1")));
        } catch (RegistrationException e) {
            showErrors(e.fieldErrors());
        } finally {
            submit.setEnabled(true);
        }
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = fields();
        errors.forEach((field, key) -> {
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(getTranslation(key, PasswordPolicy.MIN_LENGTH));
                target.setInvalid(true);
            }
        });
    }

    private Map<String, HasValidation> fields() {
        return Map.of("displayName", displayName, "email", email, "password", password,
                "confirmPassword", confirmPassword, "acceptedTerms", acceptTerms);
    }
}
