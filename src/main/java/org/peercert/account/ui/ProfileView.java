package org.peercert.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.peercert.account.AccountSecurity;
import org.peercert.account.AccountService;
import org.peercert.account.PersonName;
import org.peercert.account.PrivacyService;
import org.peercert.account.RegistrationException;
import org.peercert.account.RequestClient;
import org.peercert.account.UserAccount;

/**
 * The signed-in user's own account and privacy: display name, language for mails, email preferences,
 * consent to show scores, email change, data export and account deletion.
 */
@Route("profile")
@PageTitle("My account · PeerCert")
@Menu(order = 90, title = "nav.profile")
@PermitAll
public class ProfileView extends Div {

    final TextField displayName = new TextField();
    final Select<String> language = new Select<>();
    final Checkbox reminders = new Checkbox();
    final Button save = new Button();
    final Paragraph saved = new Paragraph();
    final EmailField newEmail = new EmailField();
    final Button changeEmail = new Button();
    final Paragraph changeEmailSent = new Paragraph();
    final Button delete = new Button();
    final Dialog deleteDialog = new Dialog();
    final EmailField deleteConfirmEmail = new EmailField();
    final Button deleteConfirm = new Button();

    private final transient AccountService accounts;
    private final transient AccountSecurity security;
    private final transient PrivacyService privacy;
    private final transient AuthenticationContext authentication;

    ProfileView(AccountService accounts, AccountSecurity security, PrivacyService privacy, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.security = security;
        this.privacy = privacy;
        this.authentication = authentication;
        addClassNames("pc-page", "pc-narrow");
        add(new H1(getTranslation("profile.title")));
        authentication.getPrincipalName().flatMap(accounts::findByEmail).ifPresent(this::show);
    }

    private void show(UserAccount user) {
        long id = Objects.requireNonNull(user.getId());
        add(new Paragraph(getTranslation("profile.email", user.getEmail())),
                new Paragraph(getTranslation("profile.role", getTranslation("role." + user.getRole().name()))));
        if (!user.isEmailVerified()) {
            var sent = new Paragraph();
            var resend = new Button(getTranslation("profile.resend-verification"), click -> {
                sent.setText(getTranslation(security.requestVerification(id, RequestClient.current())
                        ? "profile.verification-sent" : "mail.limit"));
            });
            resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(new Paragraph(getTranslation("profile.unverified")), resend, sent);
        }
        details(user, id);
        add(scoresPublicToggle(user));
        emailChange(id);
        data(user, id);
    }

    private void details(UserAccount user, long id) {
        displayName.setId("profile-name");
        displayName.setLabel(getTranslation("profile.display-name"));
        PersonName.bindTo(displayName);
        displayName.setValue(user.getDisplayName());
        displayName.setWidthFull();
        language.setId("profile-language");
        language.setLabel(getTranslation("profile.language"));
        language.setItems(List.of("en", "es"));
        language.setItemLabelGenerator(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(Locale.forLanguageTag(tag)));
        language.setValue(user.getLocale().startsWith("es") ? "es" : "en");
        reminders.setId("profile-reminders");
        reminders.setLabel(getTranslation("profile.reminders"));
        reminders.setHelperText(getTranslation("profile.reminders.help"));
        reminders.setValue(user.isRemindersEnabled());
        save.setId("profile-save");
        save.setText(getTranslation("profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saved.setId("profile-saved");
        save.addClickListener(click -> {
            try {
                accounts.updateProfile(id, displayName.getValue(), language.getValue(), reminders.getValue());
                displayName.setInvalid(false);
                saved.setText(getTranslation("profile.saved"));
                if (!getLocale().getLanguage().equals(language.getValue())) { // the site follows the account's language
                    VaadinSession.getCurrent().setLocale(Locale.forLanguageTag(language.getValue()));
                    UI.getCurrent().getPage().reload();
                }
            } catch (RegistrationException e) {
                displayName.setErrorMessage(getTranslation(e.fieldErrors().get("displayName")));
                displayName.setInvalid(true);
            }
        });
        add(new H2(getTranslation("profile.details")), displayName, language, reminders, save, saved);
    }

    private Checkbox scoresPublicToggle(UserAccount user) {
        var toggle = new Checkbox(getTranslation("profile.scores-public"), user.isScoresPublic());
        toggle.setId("profile-scores-public");
        toggle.setHelperText(getTranslation("profile.scores-public.help"));
        toggle.addValueChangeListener(e -> accounts.setScoresPublic(Objects.requireNonNull(user.getId()), e.getValue()));
        return toggle;
    }

    private void emailChange(long id) {
        newEmail.setId("profile-new-email");
        newEmail.setLabel(getTranslation("profile.new-email"));
        newEmail.setWidthFull();
        changeEmail.setId("profile-change-email");
        changeEmail.setText(getTranslation("profile.change-email.send"));
        changeEmailSent.setId("profile-change-email-sent");
        changeEmail.addClickListener(click -> {
            try {
                // the same answer for an address that has an account: its owner is told instead
                security.requestEmailChange(id, newEmail.getValue(), RequestClient.current());
                newEmail.setInvalid(false);
                changeEmailSent.setText(getTranslation("profile.change-email.sent", newEmail.getValue().strip()));
            } catch (RegistrationException e) {
                newEmail.setErrorMessage(getTranslation(e.fieldErrors().get("email")));
                newEmail.setInvalid(true);
            }
        });
        add(new H2(getTranslation("profile.change-email")), newEmail, changeEmail, changeEmailSent);
    }

    private void data(UserAccount user, long id) {
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = privacy.exportJson(id).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "peercert-my-data.json", "application/json", json.length);
        }), getTranslation("profile.export"));
        export.setId("profile-export");
        delete.setId("profile-delete");
        delete.setText(getTranslation("profile.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteConfirmEmail.setId("profile-delete-email");
        deleteConfirmEmail.setLabel(getTranslation("login.email"));
        deleteConfirmEmail.setWidthFull();
        deleteConfirm.setId("profile-delete-confirm");
        deleteConfirm.setText(getTranslation("profile.delete.confirm"));
        deleteConfirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        deleteConfirm.addClickListener(click -> {
            if (!AccountService.normalizeEmail(deleteConfirmEmail.getValue()).equals(user.getEmail())) {
                deleteConfirmEmail.setErrorMessage(getTranslation("profile.delete.mismatch"));
                deleteConfirmEmail.setInvalid(true);
                return;
            }
            privacy.deleteAccount(id);
            deleteDialog.close();
            authentication.logout();
        });
        deleteDialog.setHeaderTitle(getTranslation("profile.delete.confirm-title"));
        deleteDialog.add(new Paragraph(getTranslation("profile.delete.confirm-text")), deleteConfirmEmail);
        deleteDialog.getFooter().add(new Button(getTranslation("profile.delete.cancel"), click -> deleteDialog.close()), deleteConfirm);
        delete.addClickListener(click -> deleteDialog.open());
        add(new H2(getTranslation("profile.data")), new Paragraph(export), delete);
    }
}
