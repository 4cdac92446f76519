package org.peercert.cohort.ui;

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
import org.peercert.account.Role;
import org.peercert.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A trainer invites; the invitee follows the mailed link, registers or signs in, and is enrolled and told so. */
@PeerCertTest
class CohortInvitationTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    LearningService learning;

    @Autowired
    GreenMail smtp;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signInAs(String email, Role role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
    }

    private void inviteAsTrainer(String... emails) {
        String trainer = TestUsers.uniqueEmail();
        accounts.createStaff(trainer, "Tina Trainer", TestUsers.STRONG_PASSWORD, Role.TRAINER);
        signInAs(trainer, Role.TRAINER);
        var view = navigate(InvitationsView.class);
        test(view.emails).setValue(String.join(", ", emails));
        test(view.send).click();
        SecurityContextHolder.clearContext();
    }

    private InvitationView open(String path) {
        UI.getCurrent().navigate("invitation", QueryParameters.fromString(path.substring(path.indexOf('?') + 1)));
        return (InvitationView) getCurrentView();
    }

    @Test
    void newPersonRegistersFromTheInvitationLinkAndIsEnrolled() {
        String invitee = TestUsers.uniqueEmail();
        inviteAsTrainer(invitee, "not-an-email");
        var invitation = Mails.awaitMail(smtp, invitee, "Tina Trainer invites you to");
        String link = Mails.linkPath(invitation);
        assertThat(link).startsWith("/invitation?token=");

        var view = open(link);
        assertThat(view.email.getValue()).isEqualTo(invitee);
        test(view.name).setValue("Nia Brooks");
        test(view.password).setValue(TestUsers.STRONG_PASSWORD);
        test(view.terms).click();
        test(view.register).click();

        long userId = accounts.findByEmail(invitee).orElseThrow().getId();
        var enrollments = learning.enrollments(userId);
        assertThat(enrollments).hasSize(1);
        var confirmation = Mails.awaitMail(smtp, invitee, "You are enrolled in " + enrollments.getFirst().courseTitle());
        assertThat(Mails.linkPath(confirmation)).isEqualTo("/learn/" + enrollments.getFirst().id());

        assertThat(open(link).outcome.getText()).isEqualTo(view.getTranslation("invitation.error.used"));
    }

    @Test
    void someoneWithAnAccountSignsInAndJoins() {
        String email = TestUsers.uniqueEmail();
        long userId = accounts.registerTrainee(new Registration("Omar Diaz", email, TestUsers.STRONG_PASSWORD, true, "es")).getId();
        inviteAsTrainer(email);
        // the invitee has an account in Spanish: the invitation is in Spanish
        String link = Mails.linkPath(Mails.awaitMail(smtp, email, "Tina Trainer te invita a"));

        signInAs(email, Role.TRAINEE);
        var view = open(link);
        test(view.join).click();

        assertThat(view.outcome.getText()).isEqualTo(view.getTranslation("invitation.joined"));
        assertThat(learning.enrollments(userId)).hasSize(1);
        Mails.awaitMail(smtp, email, "Ya estás inscrito en");
    }

    @Test
    void tamperedInvitationLinkIsRefused() {
        var view = open("/invitation?token=not-a-real-token");
        assertThat(view.outcome.getText()).isEqualTo(view.getTranslation("invitation.error.invalid"));
    }
}
