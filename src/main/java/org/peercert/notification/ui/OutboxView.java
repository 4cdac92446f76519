package org.peercert.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.peercert.account.Role;
import org.peercert.notification.MailAttachment;
import org.peercert.notification.MailMessage;
import org.peercert.notification.Outbox;
import org.peercert.ui.LocaleFormat;

/**
 * For admins: every queued mail with its delivery state; select one to read it (text and HTML) and send
 * it again. Without SMTP configured this is where mails (status HELD) are read.
 */
@Route("admin/outbox")
@PageTitle("Outbox · PeerCert")
@Menu(order = 31, title = "nav.outbox")
@RolesAllowed(Role.Names.ADMIN)
public class OutboxView extends Div {

    private static final int SHOWN = 200;

    final Grid<MailMessage> grid = new Grid<>();
    final Div detail = new Div();
    private final transient Outbox outbox;

    OutboxView(Outbox outbox) {
        this.outbox = outbox;
        addClassName("pc-page");
        grid.setId("outbox-grid");
        grid.addColumn(m -> LocaleFormat.dateTime(m.getCreatedAt(), getLocale())).setHeader(getTranslation("outbox.created")).setAutoWidth(true);
        grid.addColumn(MailMessage::getRecipient).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true);
        grid.addColumn(MailMessage::getSubject).setHeader(getTranslation("outbox.subject")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("outbox.status." + m.getStatus().name())).setHeader(getTranslation("outbox.status")).setAutoWidth(true);
        grid.addColumn(MailMessage::getAttempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true);
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError()).setHeader(getTranslation("outbox.error")).setFlexGrow(1);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::show, detail::removeAll));
        detail.setId("outbox-detail");
        add(new H1(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro", SHOWN)), grid, detail);
        refresh();
    }

    private void refresh() {
        grid.setItems(outbox.latest(SHOWN));
    }

    private void show(MailMessage message) {
        detail.removeAll();
        var resend = new Button(getTranslation("outbox.resend"), click -> {
            outbox.resend(message.getId());
            refresh();
            detail.removeAll();
        });
        resend.setId("outbox-resend");
        var text = new Pre(message.getTextBody());
        text.setId("outbox-text");
        // the HTML version, sandboxed: no scripts, no navigation of this page
        var html = new IFrame();
        html.setSrcdoc(message.getHtmlBody());
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        html.setWidthFull();
        html.setHeight("420px");
        detail.add(new H2(message.getSubject()),
                new Paragraph(getTranslation("outbox.to", message.getRecipient(), message.getLocale(), message.getKind())),
                resend, text, html);
        for (MailAttachment file : outbox.attachmentsOf(message.getId())) {
            detail.add(new Paragraph(getTranslation("outbox.attachment", file.filename(), file.content().length)));
        }
    }
}
