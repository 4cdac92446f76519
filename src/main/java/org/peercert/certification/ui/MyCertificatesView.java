package org.peercert.certification.ui;

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
import java.util.Locale;
import org.peercert.account.CurrentUser;
import org.peercert.certification.CertificateDetails;
import org.peercert.certification.CertificateService;
import org.peercert.ui.LocaleFormat;

/** The signed-in user's certificates, with the signed PDF (rendered from stored data on each download). */
@Route("certificates")
@PageTitle("My certificates · PeerCert")
@Menu(order = 20, title = "nav.certificates")
@PermitAll
public class MyCertificatesView extends Div {

    MyCertificatesView(CertificateService certificates, CurrentUser currentUser) {
        addClassNames("pc-page");
        long userId = currentUser.id();
        add(new H1(getTranslation("certificates.title")));
        var mine = certificates.forHolder(userId);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("certificates.none")));
        }
        mine.forEach(c -> add(card(c, certificates, userId)));
    }

    private Div card(CertificateDetails c, CertificateService certificates, long userId) {
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
                new Paragraph(getTranslation("certificates.id", c.groupedId())), new Paragraph(download, new Span(" · "), verify));
        card.addClassName("pc-course");
        card.setId("certificate-" + c.id());
        return card;
    }
}
