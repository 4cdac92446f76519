package org.peercert.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercert.Mails;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The privacy settings on the profile page, and changing the email through the link sent to the new address. */
@PeerCertTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    GreenMail smtp;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long signInNewTrainee(String email) {
        return signInNewTrainee(email, "en");
    }

    private long signInNewTrainee(String email, String locale) {
        long id = accounts.registerTrainee(new Registration("Ari Cole", email, TestUsers.STRONG_PASSWORD, true, locale)).getId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority("ROLE_TRAINEE"))));
        SecurityContextHolder.setContext(context);
        return id;
    }

    @Test
    void aTraineeWhoRegisteredInSpanishSeesTheSiteInSpanishAfterSigningInWhateverTheBrowserSays() {
        UI.getCurrent().getSession().setLocale(java.util.Locale.ENGLISH); // the browser's language
        signInNewTrainee(TestUsers.uniqueEmail(), "es");

        var view = navigate(ProfileView.class);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("es");
        assertThat(view.save.getText()).isEqualTo("Guardar").isEqualTo(view.getTranslation(java.util.Locale.forLanguageTag("es"), "profile.save"));
    }

    @Test
    void traineeSetsDisplayNameMailLanguageAndReminderPreference() {
        String email = TestUsers.uniqueEmail();
        long id = signInNewTrainee(email);
        var view = navigate(ProfileView.class);

        test(view.displayName).setValue("Ari C.");
        view.language.setValue("es");
        test(view.reminders).click();
        test(view.save).click();

        var user = accounts.findById(id).orElseThrow();
        assertThat(user.getDisplayName()).isEqualTo("Ari C.");
        assertThat(user.getLocale()).isEqualTo("es");
        assertThat(user.isRemindersEnabled()).isFalse();
        assertThat(view.saved.getText()).isEqualTo(view.getTranslation("profile.saved"));
    }

    @Test
    void newEmailTakesEffectOnlyWhenTheLinkSentToItIsFollowed() {
        String email = TestUsers.uniqueEmail();
        String newEmail = TestUsers.uniqueEmail();
        long id = signInNewTrainee(email);
        var view = navigate(ProfileView.class);

        test(view.newEmail).setValue(newEmail);
        test(view.changeEmail).click();
        String link = Mails.linkPath(Mails.awaitMail(smtp, newEmail, "Confirm your new email address"));
        assertThat(accounts.findById(id).orElseThrow().getEmail()).isEqualTo(email);

        UI.getCurrent().navigate("confirm-email", QueryParameters.fromString(link.substring(link.indexOf('?') + 1)));

        var confirm = (ConfirmEmailView) getCurrentView();
        assertThat(confirm.outcome.getText()).isEqualTo(confirm.getTranslation("change-email.done", newEmail));
        assertThat(accounts.findById(id).orElseThrow().getEmail()).isEqualTo(newEmail);
        assertThat(accounts.findById(id).orElseThrow().isEmailVerified()).isTrue();
    }

    @Test
    void anAddressThatHasAnAccountGetsTheSameAnswerAndItsOwnerANotice() {
        String free = TestUsers.uniqueEmail();
        String taken = TestUsers.uniqueEmail();
        accounts.registerTrainee(new Registration("Someone Else", taken, TestUsers.STRONG_PASSWORD, true, "en"));
        String own = TestUsers.uniqueEmail();
        long id = signInNewTrainee(own);
        var view = navigate(ProfileView.class);

        test(view.newEmail).setValue(free);
        test(view.changeEmail).click();
        String freeAnswer = view.changeEmailSent.getText().replace(free, "ADDRESS");
        test(view.newEmail).setValue(taken);
        test(view.changeEmail).click();

        assertThat(view.newEmail.isInvalid()).isFalse();
        assertThat(view.changeEmailSent.getText().replace(taken, "ADDRESS")).isEqualTo(freeAnswer);
        Mails.awaitMail(smtp, taken, "Someone tried to move another account to your email address");
        assertThat(accounts.findById(id).orElseThrow().getEmail()).isEqualTo(own);
    }

    @Test
    void displayNameWithDirectionOverrideIsShownAsAFieldErrorAndNotSaved() {
        long id = signInNewTrainee(TestUsers.uniqueEmail());
        var view = navigate(ProfileView.class);

        test(view.displayName).setValue("\u202Eeloc ira");
        assertThat(view.displayName.isInvalid()).isTrue();
        test(view.save).click();

        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("Remove the invisible text-direction characters from the name.");
        assertThat(view.saved.getText()).isEmpty();
        assertThat(accounts.findById(id).orElseThrow().getDisplayName()).isEqualTo("Ari Cole");
    }
}
