package org.peercert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.peercert.Mails;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;

/** Mailed links: each refused case has its own reason (and message), and a used link never works again. */
@PeerCertTest
class AccountTokenTest {

    static final String NEW_PASSWORD = "quiet harbour 77 lights";

    @Autowired
    AccountService accounts;

    @Autowired
    AccountSecurity security;

    @Autowired
    GreenMail smtp;

    @Autowired
    JdbcTemplate jdbc;

    private UserAccount register(String locale) {
        return accounts.registerTrainee(new Registration("Robin Vega", TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, locale));
    }

    private String resetToken(UserAccount user) {
        security.requestPasswordReset(user.getEmail().toUpperCase(), "10.0.0.1");
        return Mails.token(Mails.awaitMail(smtp, user.getEmail(), "password"));
    }

    private static TokenException.Reason refusal(Runnable action) {
        try {
            action.run();
        } catch (TokenException e) {
            return e.reason();
        }
        throw new AssertionError("the link was accepted");
    }

    @Test
    void registrationMailsAVerificationLinkThatConfirmsTheAddressOnce() {
        var user = register("en");
        var mail = Mails.awaitMail(smtp, user.getEmail(), "Confirm your email address");
        String token = Mails.token(mail);
        assertThat(accounts.findById(user.getId()).orElseThrow().isEmailVerified()).isFalse();

        security.verifyEmail(token, null);

        assertThat(accounts.findById(user.getId()).orElseThrow().isEmailVerified()).isTrue();
        assertThat(refusal(() -> security.verifyEmail(token, null))).isEqualTo(TokenException.Reason.USED);
    }

    @Test
    void verificationMailIsInTheUsersLanguage() {
        var user = register("es");
        assertThat(Mails.text(Mails.awaitMail(smtp, user.getEmail(), "Confirma tu correo"))).contains("Hola, Robin Vega:");
    }

    @Test
    void resetLinkSetsANewPasswordOnceAndEndsTheUsersSessions(@Autowired AuthenticationConfiguration authentication,
            @Autowired SessionRegistry sessions) throws Exception {
        var user = register("en");
        sessions.registerNewSession("session-of-" + user.getEmail(), User.withUsername(user.getEmail()).password("x").build());
        String token = resetToken(user);

        security.resetPassword(token, NEW_PASSWORD);

        AuthenticationManager manager = authentication.getAuthenticationManager();
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.getEmail(), NEW_PASSWORD))
                .isAuthenticated()).isTrue();
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.getEmail(), TestUsers.STRONG_PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(sessions.getSessionInformation("session-of-" + user.getEmail()).isExpired()).isTrue();
        assertThat(refusal(() -> security.resetPassword(token, "another 55 good password"))).isEqualTo(TokenException.Reason.USED);
        Mails.awaitMail(smtp, user.getEmail(), "Your PeerCert password was changed");
    }

    @Test
    void expiredResetLinkIsRefused() {
        var user = register("en");
        String token = resetToken(user);
        jdbc.update("update account_token set expires_at = now(6) - interval 1 minute where user_id = ?", user.getId());

        assertThat(refusal(() -> security.resetPassword(token, NEW_PASSWORD))).isEqualTo(TokenException.Reason.EXPIRED);
    }

    @Test
    void tamperedLinkIsRefused() {
        var user = register("en");
        String token = resetToken(user);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(refusal(() -> security.resetPassword(tampered, NEW_PASSWORD))).isEqualTo(TokenException.Reason.INVALID);
        assertThat(refusal(() -> security.resetPassword("", NEW_PASSWORD))).isEqualTo(TokenException.Reason.INVALID);
        // a verification link is no reset link
        String verification = Mails.token(Mails.awaitMail(smtp, user.getEmail(), "Confirm your email"));
        assertThat(refusal(() -> security.resetPassword(verification, NEW_PASSWORD))).isEqualTo(TokenException.Reason.INVALID);
    }

    @Test
    void anotherUsersLinkIsRefusedWhileSignedIn() {
        var owner = register("en");
        var other = register("en");
        String token = Mails.token(Mails.awaitMail(smtp, owner.getEmail(), "Confirm your email"));

        assertThat(refusal(() -> security.verifyEmail(token, other.getId()))).isEqualTo(TokenException.Reason.OTHER_USER);
        assertThat(accounts.findById(owner.getId()).orElseThrow().isEmailVerified()).isFalse();
    }

    @Test
    void refusalsExplainThemselvesInBothLanguages() {
        for (var reason : TokenException.Reason.values()) {
            assertThat(new TokenException(reason).messageKey()).startsWith("token.error.");
        }
        assertThat(new TokenException(TokenException.Reason.OTHER_USER).messageKey()).isEqualTo("token.error.other_user");
    }

    @Test
    void emailChangeIsConfirmedAtTheNewAddress() {
        var user = register("en");
        String newEmail = TestUsers.uniqueEmail();
        security.requestEmailChange(user.getId(), newEmail, "10.0.0.1");
        var mail = Mails.awaitMail(smtp, newEmail, "Confirm your new email address");
        assertThat(accounts.findById(user.getId()).orElseThrow().getEmail()).isEqualTo(user.getEmail());

        security.confirmEmailChange(Mails.token(mail), user.getId());

        assertThat(accounts.findById(user.getId()).orElseThrow().getEmail()).isEqualTo(newEmail);
        assertThat(accounts.findByEmail(user.getEmail())).isEmpty();
    }

    @Test
    void linksMailedToTheOldAddressStopWorkingWhenTheEmailChanges() {
        var user = register("en");
        String reset = resetToken(user);
        String verification = Mails.token(Mails.awaitMail(smtp, user.getEmail(), "Confirm your email"));
        String newEmail = TestUsers.uniqueEmail();
        security.requestEmailChange(user.getId(), newEmail, "10.0.0.2");

        security.confirmEmailChange(Mails.token(Mails.awaitMail(smtp, newEmail, "Confirm your new email address")), user.getId());

        // whoever reads the old mailbox now cannot take the account over
        assertThat(refusal(() -> security.resetPassword(reset, NEW_PASSWORD))).isEqualTo(TokenException.Reason.EXPIRED);
        assertThat(refusal(() -> security.verifyEmail(verification, null))).isEqualTo(TokenException.Reason.EXPIRED);
    }

    @Test
    void aPendingMoveToAnAddressStopsWorkingWhenAnotherAccountTakesIt() {
        var mover = register("en");
        String address = TestUsers.uniqueEmail();
        security.requestEmailChange(mover.getId(), address, "10.0.0.3");
        String move = Mails.token(Mails.awaitMail(smtp, address, "Confirm your new email address"));

        accounts.registerTrainee(new Registration("New Owner", address, TestUsers.STRONG_PASSWORD, true, "en"));

        assertThat(refusal(() -> security.confirmEmailChange(move, mover.getId()))).isEqualTo(TokenException.Reason.EXPIRED);
        assertThat(accounts.findById(mover.getId()).orElseThrow().getEmail()).isEqualTo(mover.getEmail());
    }

    @Test
    void linksOfADeletedAccountDoNotWorkForTheNextOwnerOfItsAddress(@Autowired PrivacyService privacy) {
        var first = register("en");
        String reset = resetToken(first);
        privacy.deleteAccount(first.getId());

        var next = accounts.registerTrainee(new Registration("Next Owner", first.getEmail(), TestUsers.STRONG_PASSWORD, true, "en"));

        assertThat(refusal(() -> security.resetPassword(reset, NEW_PASSWORD))).isEqualTo(TokenException.Reason.INVALID);
        assertThat(accounts.findById(next.getId()).orElseThrow().getPasswordHash()).isEqualTo(next.getPasswordHash());
    }
}
