package org.peercert.certification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.peercert.ui.AccessDeniedView;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.certification.CertificateDetails;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateBadges;
import org.peercert.certification.CertificateService;
import org.peercert.certification.CertificateStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The trainee's "My certificates" and the admin's search, revoke and reissue, each audit-logged. */
@PeerCertTest
class CertificateViewsTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired CertificateService certificates;
    @Autowired CertificateBadges badges;
    @Autowired AccountService accounts;

    private static void signInAs(String email, String role) {
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(security);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void traineeSeesOwnCertificatesWithDownloadButNotOthers() {
        var mine = new CertificateFixtures(context).issue("Dana Whitfield");
        var someoneElses = new CertificateFixtures(context).issue("Other Person");
        signInAs(accounts.findById(mine.userId()).orElseThrow().getEmail(), "TRAINEE");
        navigate(MyCertificatesView.class);
        String text = ((Component) getCurrentView()).getElement().getTextRecursively();
        assertThat(text).contains(certificates.find(mine.id()).orElseThrow().groupedId(), "Valid")
                .doesNotContain(certificates.find(someoneElses.id()).orElseThrow().groupedId());
        Anchor download = find(Anchor.class).withId("download-" + mine.id()).single();
        assertThat(download.getHref()).isNotBlank();
        // the PDF behind the download is the holder's, and another user's id is refused
        assertThat(certificates.pdfForHolder(mine.userId(), mine.id())).isPresent();
        assertThat(certificates.pdfForHolder(mine.userId(), someoneElses.id())).isEmpty();
    }

    @Test
    void traineePublishesTheirOpenBadgeFromTheCertificatesPageAndItIsOffUntilThen() {
        var mine = new CertificateFixtures(context).issue("Badge Holder");
        signInAs(accounts.findById(mine.userId()).orElseThrow().getEmail(), "TRAINEE");
        navigate(MyCertificatesView.class);
        Checkbox publish = find(Checkbox.class).withId("publish-badge-" + mine.id()).single();
        assertThat(publish.getValue()).isFalse();
        assertThat(badges.badgePublished(mine.id())).isFalse();
        assertThat(find(Anchor.class).withId("badge-" + mine.id()).single().getHref()).as("own badge, published or not").isNotBlank();

        test(publish).click();
        assertThat(badges.badgePublished(mine.id())).isTrue();

        navigate(MyCertificatesView.class);
        Checkbox again = find(Checkbox.class).withId("publish-badge-" + mine.id()).single();
        assertThat(again.getValue()).isTrue();
        test(again).click();
        assertThat(badges.badgePublished(mine.id())).isFalse();
    }

    @Test
    void adminRevokesWithReasonAndTheAuditTrailRecordsIt() {
        var issued = new CertificateFixtures(context).issue("Quentin Revoke" + TestUsers.uniqueEmail().substring(2, 8));
        String admin = "admin-" + TestUsers.uniqueEmail();
        signInAs(admin, "ADMIN");
        openInAdminView(issued.id());

        test(find(Button.class).withId("revoke").single()).click();
        assertThat(certificates.find(issued.id()).orElseThrow().status()).as("no reason, no revocation").isEqualTo(CertificateStatus.VALID);
        test(find(TextField.class).withId("revoke-reason").single()).setValue("Assessment irregularity");
        test(find(Button.class).withId("revoke").single()).click();
        // it cannot be undone, so it asks first, naming the certificate and the public reason
        ConfirmDialog asked = openDialog("revoke-confirm");
        assertThat(certificates.find(issued.id()).orElseThrow().status()).as("not before confirming").isEqualTo(CertificateStatus.VALID);
        assertThat(asked.getElement().getProperty("message")).contains(certificates.find(issued.id()).orElseThrow().groupedId(), "Assessment irregularity");
        test(asked).confirm();

        CertificateDetails revoked = certificates.find(issued.id()).orElseThrow();
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revokedReason()).isEqualTo("Assessment irregularity");
        assertThat(certificates.auditTrail(issued.id())).containsExactly("REVOKED by " + admin + ": Assessment irregularity");
        assertThat(find(UnorderedList.class).withId("certificate-audit").single().getElement().getTextRecursively())
                .contains("Assessment irregularity", admin);
    }

    @Test
    void adminReissuesAfterNameCorrectionAndOldIdPointsToNew() {
        var issued = new CertificateFixtures(context).issue("Mgaret Lowe");
        signInAs("admin-" + TestUsers.uniqueEmail(), "ADMIN");
        openInAdminView(issued.id());
        test(find(TextField.class).withId("reissue-name").single()).setValue("Margaret Lowe");
        test(find(Button.class).withId("reissue").single()).click();
        ConfirmDialog asked = openDialog("reissue-confirm");
        assertThat(asked.getElement().getProperty("message")).contains("Margaret Lowe");
        test(asked).cancel();
        assertThat(certificates.find(issued.id()).orElseThrow().status()).as("cancelled").isEqualTo(CertificateStatus.VALID);
        test(find(Button.class).withId("reissue").single()).click();
        test(openDialog("reissue-confirm")).confirm();

        CertificateDetails old = certificates.find(issued.id()).orElseThrow();
        assertThat(old.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        CertificateDetails reissued = certificates.find(old.supersededBy()).orElseThrow();
        assertThat(reissued.holderName()).isEqualTo("Margaret Lowe");
        assertThat(reissued.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(reissued.issuedOn()).isEqualTo(old.issuedOn());
        assertThat(certificates.auditTrail(issued.id())).singleElement().asString().startsWith("REISSUED by admin-");
        assertThat(certificates.forHolder(issued.userId())).extracting(CertificateDetails::id)
                .containsExactlyInAnyOrder(issued.id(), reissued.id());
    }

    /** Finds the certificate by its id in the admin view and selects its (only) row. */
    private void openInAdminView(String certificateId) {
        navigate(CertificateAdminView.class);
        test(find(TextField.class).withId("certificate-search").single()).setValue(certificateId);
        test(find(Button.class).withId("certificate-find").single()).click();
        @SuppressWarnings("unchecked")
        Grid<CertificateDetails> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        test(grid).select(0);
    }

    private ConfirmDialog openDialog(String id) {
        return find(ConfirmDialog.class).all().stream().filter(d -> d.isOpened() && id.equals(d.getId().orElse(null)))
                .findFirst().orElseThrow(() -> new AssertionError("no open dialog " + id));
    }

    @Test
    void traineeCannotOpenTheAdminView() {
        signInAs(TestUsers.uniqueEmail(), "TRAINEE");
        UI.getCurrent().navigate("admin/certificates");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void adminReissueWithALineBreakInTheNameShowsTheFieldErrorAndKeepsTheCertificate() {
        var issued = new CertificateFixtures(context).issue("Mary Smyth");
        signInAs("admin-" + TestUsers.uniqueEmail(), "ADMIN");
        openInAdminView(issued.id());
        TextField name = find(TextField.class).withId("reissue-name").single();
        test(name).setValue("Mary\r\n7ZZZZZZZZZZZZZZZZZZZZZZZZZ,VALID,Mary Smith");
        test(find(Button.class).withId("reissue").single()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Remove line breaks, tabs and other invisible control characters from the name.");
        CertificateDetails unchanged = certificates.find(issued.id()).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(unchanged.holderName()).isEqualTo("Mary Smyth");
        assertThat(certificates.auditTrail(issued.id())).isEmpty();
    }
}
