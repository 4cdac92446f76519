package org.peercert.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.peercert.Mails;
import org.peercert.PeerCertTest;
import org.peercert.TestSmtp;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.springframework.beans.factory.annotation.Autowired;

/** The reset journey through the views, following the link from the mail; no hint who is registered. */
@PeerCertTest
class PasswordResetViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    GreenMail smtp;

    private String askForReset(String email) {
        var view = navigate(ForgotPasswordView.class);
        test(view.email).setValue(email);
        test(view.send).click();
        return view.answer.getText() + "|" + view.getElement().getOuterHTML().replace(email, "EMAIL");
    }

    private void open(String path) {
        int query = path.indexOf('?');
        UI.getCurrent().navigate(path.substring(1, query), QueryParameters.fromString(path.substring(query + 1)));
    }

    @Test
    void unknownAndKnownAddressesGetTheSameAnswerAndOnlyTheKnownOneAMail() {
        String known = TestUsers.uniqueEmail();
        String unknown = TestUsers.uniqueEmail();
        accounts.registerTrainee(new Registration("Kim Lee", known, TestUsers.STRONG_PASSWORD, true, "en"));

        String knownAnswer = askForReset(known);
        String unknownAnswer = askForReset(unknown);

        assertThat(unknownAnswer).isEqualTo(knownAnswer);
        Mails.awaitMail(smtp, known, "Reset your PeerCert password");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> TestSmtp.to(smtp, unknown).isEmpty());
    }

    @Test
    void followingTheMailedLinkSetsTheNewPasswordAndASecondUseIsRefused() {
        String email = TestUsers.uniqueEmail();
        accounts.registerTrainee(new Registration("Kim Lee", email, TestUsers.STRONG_PASSWORD, true, "en"));
        askForReset(email);
        String link = Mails.linkPath(Mails.awaitMail(smtp, email, "Reset your PeerCert password"));
        assertThat(link).startsWith("/reset-password?token=");

        open(link);
        var view = (ResetPasswordView) getCurrentView();
        test(view.password).setValue("short");
        test(view.save).click();
        assertThat(view.password.isInvalid()).isTrue();
        test(view.password).setValue("a fresh 99 password");
        test(view.save).click();
        assertThat(view.outcome.getText()).isEqualTo(view.getTranslation("reset.done"));

        open(link);
        var again = (ResetPasswordView) getCurrentView();
        test(again.password).setValue("another 98 password");
        test(again.save).click();
        assertThat(again.outcome.getText()).isEqualTo(again.getTranslation("token.error.used"));
    }

    @Test
    void verificationLinkFromTheMailConfirmsTheAddress() {
        String email = TestUsers.uniqueEmail();
        accounts.registerTrainee(new Registration("Kim Lee", email, TestUsers.STRONG_PASSWORD, true, "es"));
        String link = Mails.linkPath(Mails.awaitMail(smtp, email, "Confirma tu correo"));

        open(link);

        var view = (VerifyEmailView) getCurrentView();
        assertThat(view.outcome.getText()).isEqualTo(view.getTranslation("confirm-email.done"));
        assertThat(accounts.findByEmail(email).orElseThrow().isEmailVerified()).isTrue();
        // headed as what it is (the key once collided with the certificate verification page's), with a way onward
        assertThat(view.title.getText()).isEqualTo(view.getTranslation("confirm-email.title"))
                .isNotEqualTo(view.getTranslation("verify.title"));
        var onward = find(Anchor.class, view).withId("confirm-email-continue").single();
        assertThat(onward.getHref()).isEqualTo("learn");
        assertThat(onward.getText()).isEqualTo(view.getTranslation("confirm-email.continue"));
    }
}
