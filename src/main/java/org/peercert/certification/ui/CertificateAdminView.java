package org.peercert.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.peercert.account.PersonName;
import org.peercert.certification.CertificateDetails;
import org.peercert.certification.CertificateService;
import org.peercert.certification.CertificateStatus;

/**
 * Admins find certificates by holder name or id, revoke one with a reason, or reissue it under a
 * corrected name. Both actions are written to the certificate's audit trail with the admin's login.
 */
@Route("admin/certificates")
@PageTitle("Certificates · PeerCert")
@Menu(order = 82, title = "nav.certificates.admin")
@RolesAllowed("ADMIN")
public class CertificateAdminView extends Div {

    private final transient CertificateService certificates;
    private final String actor;
    private final TextField query = new TextField();
    private final Grid<CertificateDetails> grid = new Grid<>();
    private final Div selected = new Div();

    CertificateAdminView(CertificateService certificates, AuthenticationContext authentication) {
        this.certificates = certificates;
        this.actor = authentication.getPrincipalName().orElse("unknown");
        addClassNames("pc-page");
        add(new H1(getTranslation("certificates.admin.title")));
        query.setId("certificate-search");
        query.setLabel(getTranslation("certificates.admin.search"));
        query.setWidth("28em");
        var search = new Button(getTranslation("certificates.admin.find"), click -> search());
        search.setId("certificate-find");
        var bar = new HorizontalLayout(query, search);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        grid.addColumn(CertificateDetails::groupedId).setHeader(getTranslation("certificates.admin.id")).setAutoWidth(true);
        grid.addColumn(c -> c.holderName() == null ? getTranslation("certificates.admin.removed") : c.holderName())
                .setHeader(getTranslation("certificates.admin.holder"));
        grid.addColumn(c -> c.courseTitle() + " " + c.courseVersion()).setHeader(getTranslation("certificates.admin.course"));
        grid.addColumn(CertificateDetails::issuedOn).setHeader(getTranslation("certificates.admin.issued"));
        grid.addColumn(c -> getTranslation("certificates.status." + c.status().name()))
                .setHeader(getTranslation("certificates.admin.status"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        selected.setId("certificate-selected");
        add(bar, grid, selected);
    }

    private void search() {
        grid.setItems(query.getValue().isBlank() ? java.util.List.of() : certificates.search(query.getValue()));
        selected.removeAll();
    }

    private void show(CertificateDetails c) {
        selected.removeAll();
        if (c == null) {
            return;
        }
        selected.add(new H2(c.groupedId()));
        if (c.status() == CertificateStatus.VALID || c.status() == CertificateStatus.EXPIRED) {
            var reason = new TextField(getTranslation("certificates.admin.reason"));
            reason.setId("revoke-reason");
            reason.setWidth("28em");
            var revoke = new Button(getTranslation("certificates.admin.revoke"), click -> {
                if (reason.getValue().isBlank()) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation("certificates.admin.reason.required"));
                    return;
                }
                confirm("revoke-confirm", getTranslation("certificates.admin.revoke.confirm", c.groupedId(), reason.getValue()),
                        getTranslation("certificates.admin.revoke"), () -> {
                            certificates.revoke(c.id(), reason.getValue(), actor);
                            Notification.show(getTranslation("certificates.admin.revoked"));
                            refresh(c.id());
                        });
            });
            revoke.setId("revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var name = new TextField(getTranslation("certificates.admin.corrected-name"), Objects.requireNonNullElse(c.holderName(), ""), "");
            name.setId("reissue-name");
            PersonName.bindTo(name);
            var reissue = new Button(getTranslation("certificates.admin.reissue"), click -> {
                if (c.holderName() == null) {
                    name.setInvalid(true);
                    return;
                }
                var problem = PersonName.problem(name.getValue());
                if (problem.isPresent()) {
                    name.setErrorMessage(getTranslation(problem.get()));
                    name.setInvalid(true);
                    return;
                }
                confirm("reissue-confirm", getTranslation("certificates.admin.reissue.confirm", c.groupedId(), name.getValue()),
                        getTranslation("certificates.admin.reissue"), () -> {
                            try {
                                String newId = certificates.reissue(c.id(), name.getValue(), actor);
                                Notification.show(getTranslation("certificates.admin.reissued"));
                                query.setValue(newId);
                                search();
                            } catch (PersonName.InvalidPersonName e) {
                                name.setErrorMessage(getTranslation(e.key()));
                                name.setInvalid(true);
                            }
                        });
            });
            reissue.setId("reissue");
            selected.add(row(reason, revoke), row(name, reissue));
        }
        var trail = new UnorderedList();
        trail.setId("certificate-audit");
        certificates.auditTrail(c.id()).forEach(line -> trail.add(new ListItem(line)));
        selected.add(trail);
    }

    /** Revoking and reissuing cannot be undone: each asks once, naming the certificate and what will happen. */
    private void confirm(String id, String text, String action, Runnable onConfirm) {
        var dialog = new ConfirmDialog(getTranslation("certificates.admin.confirm.header"), text, action, e -> onConfirm.run(),
                getTranslation("certificates.admin.confirm.cancel"), e -> { });
        dialog.setId(id);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh(String id) {
        search();
        certificates.search(id).stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(grid::select);
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component field, Button action) {
        var row = new HorizontalLayout(field, action);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }
}
