package org.peercert.certification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.peercert.account.CurrentUser;
import org.peercert.certification.CertificateBadges;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.peercert.certification.CertificateDetails;
import org.peercert.certification.CertificateId;
import org.peercert.certification.CertificateRenewals;
import org.peercert.certification.RenewalOffer;
import org.peercert.certification.CertificateService;
import org.peercert.ui.LocaleFormat;

/**
 * The signed-in user's certificates, with the signed PDF (rendered from stored data on each download), their Open
 * Badge, and their choice to publish that badge at its public address.
 */
@Route("certificates")
@PageTitle("My certificates · PeerCert")
@Menu(order = 20, title = "nav.certificates")
@PermitAll
public class MyCertificatesView extends Div {

    private final CertificateRenewals renewals;

    MyCertificatesView(CertificateService certificates, CertificateBadges badges, CertificateRenewals renewals, CurrentUser currentUser) {
        this.renewals = renewals;
        addClassNames("pc-page");
        long userId = currentUser.id();
        add(new H1(getTranslation("certificates.title")));
        var mine = certificates.forHolder(userId);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("certificates.none")));
        }
        mine.forEach(c -> add(card(c, certificates, badges, userId)));
    }

    /** From the course's renewal window on: the refresher that earns a new certificate before this one expires. */
    private Div renewalOffer(RenewalOffer offer, long userId) {
        var started = new Span(offer.refresherId() == null ? "" : getTranslation("certificates.renewal.started"));
        started.setId("renewal-started-" + offer.certificateId());
        // starting is idempotent: a started refresher is simply opened again
        var start = new Button(getTranslation(offer.refresherId() == null ? "certificates.renewal.start" : "certificates.renewal.continue"),
                click -> {
                    long refresherId = renewals.start(userId, offer.certificateId());
                    click.getSource().getUI().ifPresent(ui -> ui.navigate("renewal/" + refresherId));
                });
        start.setId("renew-" + offer.certificateId());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var notice = new Div(new Paragraph(getTranslation("certificates.renewal.open", LocaleFormat.date(offer.expiresOn(), getLocale()))), start, started);
        notice.addClassName("pc-notice");
        notice.setId("renewal-" + offer.certificateId());
        return notice;
    }

    private Div card(CertificateDetails c, CertificateService certificates, CertificateBadges badges, long userId) {
        var status = new Span(getTranslation("certificates.status." + c.status().name()));
        status.addClassNames("pc-status", "pc-status-" + c.status().name().toLowerCase(Locale.ROOT));
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = certificates.pdfForHolder(userId, c.id()).orElseThrow();
            return new DownloadResponse(new ByteArrayInputStream(pdf), "peercert-certificate-" + c.id() + ".pdf",
                    "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD, getTranslation("certificates.download"));
        download.setId("download-" + c.id());
        var verify = new Anchor("verify/" + c.id(), getTranslation("certificates.verify-page"));
        var card = new Div(new H2(c.courseTitle()), status,
                new Paragraph(getTranslation("certificates.facts", c.courseVersion(),
                        LocaleFormat.number(c.ceHours(), getLocale()), LocaleFormat.date(c.issuedOn(), getLocale()),
                        LocaleFormat.date(c.expiresOn(), getLocale()))),
                new Paragraph(getTranslation("certificates.id", c.groupedId())), new Paragraph(download, new Span(" · "), verify),
                badgeDownload(c, badges, userId), publishToggle(c, badges, userId));
        if (c.renewedBy() != null) {
            var renewal = new Anchor("verify/" + c.renewedBy(), getTranslation("certificates.renewed", CertificateId.grouped(c.renewedBy())));
            renewal.setId("renewed-" + c.id());
            card.add(new Paragraph(renewal));
        }
        renewals.offer(userId, c.id()).ifPresent(offer -> card.add(renewalOffer(offer, userId)));
        card.addClassName("pc-course");
        card.setId("certificate-" + c.id());
        return card;
    }

    /** The holder's own badge, published or not, signed from stored data on each download. */
    private Paragraph badgeDownload(CertificateDetails c, CertificateBadges badges, long userId) {
        var badge = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] jwt = badges.openBadgeForHolder(userId, c.id()).orElseThrow().jwt().getBytes(StandardCharsets.US_ASCII);
            return new DownloadResponse(new ByteArrayInputStream(jwt), "peercert-badge-" + c.id() + ".jwt", "application/vc+jwt",
                    jwt.length);
        }), AttachmentType.DOWNLOAD, getTranslation("certificates.badge.download"));
        badge.setId("badge-" + c.id());
        return new Paragraph(badge);
    }

    /** Consent to serve the badge at its public address (OB 3.0 advises against public credential URLs by default). */
    private Checkbox publishToggle(CertificateDetails c, CertificateBadges badges, long userId) {
        var toggle = new Checkbox(getTranslation("certificates.badge.publish"), c.badgePublished());
        toggle.setHelperText(getTranslation("certificates.badge.publish.help"));
        toggle.setId("publish-badge-" + c.id());
        toggle.addValueChangeListener(e -> badges.publishBadge(userId, c.id(), e.getValue()));
        return toggle;
    }
}
