package org.peercert.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.EmailConfirmations;
import org.peercert.PeerCertTest;
import org.peercert.TestClock;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.certification.ui.MyCertificatesView;
import org.peercert.learning.ui.CourseHomeView;
import org.peercert.learning.ui.RefresherView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The renewal offer, without a browser: absent before the window, then on "My certificates" and the course home. */
@PeerCertTest
class RenewalOfferViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired CertificateService certificates;
    @Autowired CertificateRenewals renewals;
    @Autowired TestClock clock;

    @TempDir Path curriculumRoot;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theHolderIsOfferedRenewalInTheWindowOnTheCertificatePageAndTheCourseHome() {
        var course = new RenewableCourse(context, curriculumRoot);
        String email = TestUsers.uniqueEmail();
        long user = accounts.registerTrainee(new Registration("Vera Offer", email, TestUsers.STRONG_PASSWORD, true, "en")).getId();
        EmailConfirmations.confirm(context, user);
        long enrollment = course.complete(user);
        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.issuedFor(enrollment));
        CertificateDetails certificate = certificates.forHolder(user).getFirst();
        signInAs(email);

        navigate(MyCertificatesView.class);
        assertThat(find(Button.class).withId("renew-" + certificate.id()).all()).as("not yet").isEmpty();
        navigate("learn/" + enrollment, CourseHomeView.class);
        assertThat(find(Div.class).withId("home-renewal").all()).isEmpty();

        LocalDate inWindow = certificate.expiresOn().minusDays(20);
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), inWindow)));

        navigate("learn/" + enrollment, CourseHomeView.class);
        assertThat(find(Div.class).withId("home-renewal").single().getElement().getTextRecursively())
                .contains("Renew my certificate");
        navigate(MyCertificatesView.class);
        String text = ((Component) getCurrentView()).getElement().getTextRecursively();
        assertThat(text).contains("Renewal is open");
        test(find(Button.class).withId("renew-" + certificate.id()).single()).click();
        assertThat(getCurrentView()).as("Start opens the refresher").isInstanceOf(RefresherView.class);
        Long refresher = renewals.offer(user, certificate.id()).orElseThrow().refresherId();
        assertThat(refresher).isNotNull();
        navigate(MyCertificatesView.class);
        assertThat(find(Span.class).withId("renewal-started-" + certificate.id()).single().getText()).isEqualTo("Refresher started.");
        Button again = find(Button.class).withId("renew-" + certificate.id()).single();
        assertThat(again.getText()).isEqualTo("Continue the refresher");
        test(again).click();
        assertThat(renewals.offer(user, certificate.id()).orElseThrow().refresherId()).as("started once").isEqualTo(refresher);
        navigate("learn/" + enrollment, CourseHomeView.class);
        assertThat(find(Anchor.class).withId("home-renewal-link").single().getHref()).isEqualTo("renewal/" + refresher);
    }

    private static void signInAs(String email) {
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority("ROLE_TRAINEE"))));
        SecurityContextHolder.setContext(security);
    }
}
