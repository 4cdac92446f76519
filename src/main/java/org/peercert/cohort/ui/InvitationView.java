package org.peercert.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.peercert.account.AccountService;
import org.peercert.account.CurrentUser;
import org.peercert.account.PasswordPolicy;
import org.peercert.account.PersonName;
import org.peercert.account.Registration;
import org.peercert.account.RegistrationException;
import org.peercert.account.UserAccount;
import org.peercert.cohort.InvitationException;
import org.peercert.cohort.Invitations;

/**
 * Opened from an invitation mail. Signed in: join the course. Otherwise: create an account right here (the
 * invited address is filled in) and be enrolled, or sign in first and join (the link then returns here).
 */
@Route("invitation")
@PageTitle("Invitation · PeerCert")
@AnonymousAllowed
public class InvitationView extends Div implements BeforeEnterObserver {

    final Paragraph outcome = new Paragraph();
    final Button join = new Button();
    final TextField name = new TextField();
    final TextField email = new TextField();
    final PasswordField password = new PasswordField();
    final Checkbox terms = new Checkbox();
    final Button register = new Button();

    private final transient Invitations invitations;
    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;
    private String token = "";

    InvitationView(Invitations invitations, AccountService accounts, CurrentUser currentUser) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassNames("pc-page", "pc-narrow");
        outcome.setId("invitation-outcome");
        join.setId("invitation-join");
        register.setId("invitation-register");
        PersonName.bindTo(name);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        outcome.setText("");
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        try {
            var preview = invitations.preview(token);
            add(new H1(getTranslation("invitation.title", preview.courseTitle())), outcome);
            currentUser.account().ifPresentOrElse(this::offerJoin, () -> offerRegistration(preview));
        } catch (InvitationException e) {
            add(new H1(getTranslation("invitation.title.plain")), outcome);
            outcome.setText(getTranslation(e.messageKey()));
        }
    }

    private void offerJoin(UserAccount user) {
        join.setText(getTranslation("invitation.join"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(click -> {
            try {
                long enrollment = invitations.accept(token, user.getId());
                join.setVisible(false);
                outcome.setText(getTranslation("invitation.joined"));
                add(new Anchor("learn/" + enrollment, getTranslation("invitation.open-course")));
            } catch (InvitationException e) {
                outcome.setText(getTranslation(e.messageKey()));
            }
        });
        add(join);
    }

    private void offerRegistration(Invitations.Preview preview) {
        String invitedEmail = preview.email();
        name.setLabel(getTranslation("register.name"));
        if (preview.name() != null) {
            name.setValue(preview.name()); // as the trainer wrote it; the invitee may correct it
        }
        email.setLabel(getTranslation("register.email"));
        email.setValue(invitedEmail);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        terms.setLabel(getTranslation("register.terms"));
        register.setText(getTranslation("invitation.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> registerAndJoin());
        var signIn = new Anchor("invitation/join?" + QueryParameters.simple(java.util.Map.of("token", token)).getQueryString(),
                getTranslation("invitation.sign-in"));
        signIn.setId("invitation-sign-in");
        add(new Paragraph(getTranslation("invitation.new")), name, email, password, terms, register, new Paragraph(signIn));
    }

    private void registerAndJoin() {
        for (var field : List.of(name, email, password)) {
            field.setInvalid(false);
        }
        try {
            var user = accounts.registerTrainee(new Registration(name.getValue(), email.getValue(), password.getValue(),
                    terms.getValue(), getLocale().getLanguage()));
            invitations.accept(token, user.getId());
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "1")));
        } catch (RegistrationException e) {
            e.fieldErrors().forEach((field, key) -> {
                var target = switch (field) {
                    case "displayName" -> name;
                    case "email" -> email;
                    case "password" -> password;
                    default -> null;
                };
                if (target != null) {
                    target.setErrorMessage(getTranslation(key, PasswordPolicy.MIN_LENGTH));
                    target.setInvalid(true);
                } else {
                    outcome.setText(getTranslation(key));
                }
            });
        } catch (InvitationException e) {
            outcome.setText(getTranslation(e.messageKey()));
        }
    }
}
