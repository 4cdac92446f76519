package org.peercert.verification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.account.AccountService;
import org.peercert.account.PersonalDataHolder;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The public verification page, anonymous, for each status, for unknown ids, and with and without consent. */
@PeerCertTest
class CertificateStatusViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired CertificateService certificates;
    @Autowired AccountService accounts;

    private CertificateFixtures fixtures() {
        return new CertificateFixtures(context);
    }

    private String page(String id) {
        navigate("verify/" + id, CertificateStatusView.class);
        return text();
    }

    private String text() {
        return ((Component) getCurrentView()).getElement().getTextRecursively();
    }

    private Optional<Component> byId(String id) {
        return find(Component.class).all().stream().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
    }

    @Test
    void validCertificateShowsStatusHolderCourseDatesAndHours() {
        var issued = fixtures().issue("Noor Haddad");
        String shown = page(issued.id());
        assertThat(byId("verify-status").map(c -> ((Span) c).getText())).contains("Valid");
        assertThat(shown).contains("Noor Haddad", "curriculum version", "continuing-education hours",
                certificates.find(issued.id()).orElseThrow().groupedId());
    }

    @Test
    void scoresAppearOnlyWhenTheHolderConsented() {
        var issued = fixtures().issue("Kai Tanaka");
        page(issued.id());
        assertThat(find(NativeTable.class).all()).isEmpty();
        assertThat(text()).contains("has not chosen to share").doesNotContain("Protecting service users' rights");

        accounts.setScoresPublic(issued.userId(), true);
        page(issued.id());
        assertThat(find(NativeTable.class).single().getElement().getTextRecursively())
                .contains("Protecting service users' rights", "40 %", "90 %", "0.83");
    }

    @Test
    void expiredCertificateShowsExpired() {
        var issued = fixtures().issue("Rosa Brandt", Instant.now().minus(3 * 366, ChronoUnit.DAYS));
        page(issued.id());
        assertThat(byId("verify-status").map(c -> ((Span) c).getText())).contains("Expired");
    }

    @Test
    void revokedCertificateShowsReasonOnVerificationPage() {
        var issued = fixtures().issue("Omar Said");
        certificates.revoke(issued.id(), "Issued in error", "admin@example.org");
        page(issued.id());
        assertThat(byId("verify-status").map(c -> ((Span) c).getText())).contains("Revoked");
        assertThat(byId("verify-reason").map(c -> ((Paragraph) c).getText())).contains("Reason: Issued in error");
    }

    @Test
    void supersededCertificatePointsToItsReissue() {
        var issued = fixtures().issue("Jon Smiht");
        String reissued = certificates.reissue(issued.id(), "Jon Smith", "admin@example.org");
        page(issued.id());
        assertThat(byId("verify-status").map(c -> ((Span) c).getText())).contains("Superseded by a reissued certificate");
        assertThat(byId("verify-superseded").map(c -> ((Anchor) c).getHref())).contains("verify/" + reissued);
        assertThat(page(reissued)).contains("Jon Smith", "Valid");
    }

    @Test
    void unknownIdShowsNotFoundWithoutHints() {
        var issued = fixtures().issue("Eve Adams");
        // one character off a real id: still just "not found"
        String nearMiss = issued.id().substring(0, 25) + (issued.id().endsWith("0") ? "1" : "0");
        String shown = page(nearMiss);
        assertThat(shown).contains("No certificate with this ID was found.").doesNotContain("Eve Adams");
        assertThat(byId("verify-status")).isEmpty();
        assertThat(page("not-an-id")).contains("No certificate with this ID was found.");
    }

    @Test
    void holderWhoDeletedTheirAccountStaysVerifiableWithoutName() {
        var issued = fixtures().issue("Mira Kovac");
        accounts.setScoresPublic(issued.userId(), true);
        context.getBeansOfType(PersonalDataHolder.class).values().stream().filter(h -> h.section().equals("certificates"))
                .findFirst().orElseThrow().erase(issued.userId());
        String shown = page(issued.id());
        assertThat(shown).contains("The holder removed their details", "Valid").doesNotContain("Mira Kovac");
        assertThat(find(NativeTable.class).all()).isEmpty();
    }

    @Test
    void formAcceptsIdsWithSpacesDashesAndLowerCase() {
        var issued = fixtures().issue("Lea Fontaine");
        navigate(VerifyView.class);
        String typed = " " + certificates.find(issued.id()).orElseThrow().groupedId().toLowerCase().replace("-", " - ") + " ";
        test(find(TextField.class).single()).setValue(typed);
        test(find(Button.class).withId("verify-check").single()).click();
        assertThat(getCurrentView()).isInstanceOf(CertificateStatusView.class);
        assertThat(text()).contains("Lea Fontaine", "Valid");
    }
}
