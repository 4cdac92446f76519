package org.peercert.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import org.peercert.cohort.CohortException;
import org.peercert.cohort.CohortInvitations;
import org.peercert.cohort.Invitation;
import org.peercert.cohort.InviteReport;

/**
 * Inviting trainees into the cohort: paste addresses or upload a CSV; the outcome says how many were invited
 * and lists every row that was not, with its row number, what it said and why. Below: who accepted.
 */
final class InvitePanel extends Div {

    final TextArea pasted = new TextArea();
    final Button send = new Button();
    final Upload upload;
    final Paragraph outcome = new Paragraph();
    final Grid<InviteReport.Refused> refused = new Grid<>();
    final Grid<Invitation> invitations = new Grid<>();
    private final CohortInvitations service;
    private final long actor;
    private final long cohortId;

    InvitePanel(CohortInvitations service, long actor, long cohortId) {
        this.service = service;
        this.actor = actor;
        this.cohortId = cohortId;
        pasted.setId("invite-pasted");
        pasted.setLabel(getTranslation("cohort.invite.pasted"));
        pasted.setHelperText(getTranslation("cohort.invite.pasted.help"));
        pasted.setWidthFull();
        send.setId("invite-send");
        send.setText(getTranslation("cohort.invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            if (!pasted.getValue().isBlank()) {
                var report = show(() -> service.inviteText(actor, cohortId, pasted.getValue(), getLocale().getLanguage()));
                if (report != null) { // what was not invited stays in the box, to correct and send again
                    pasted.setValue(String.join("\n", report.refused().stream().map(InviteReport.Refused::value).toList()));
                }
            }
        });
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> csv(bytes)))));
        upload.setId("invite-csv");
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setMaxFileSize(CohortInvitations.MAX_CSV_BYTES);
        upload.setMaxFiles(1);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> outcome.setText(getTranslation("cohort.invite.error.too-large")));
        outcome.setId("invite-outcome");
        refused.setId("invite-refused");
        refused.addColumn(InviteReport.Refused::row).setHeader(getTranslation("cohort.invite.row")).setAutoWidth(true).setFlexGrow(0);
        refused.addColumn(InviteReport.Refused::value).setHeader(getTranslation("cohort.invite.value")).setFlexGrow(1);
        refused.addColumn(r -> getTranslation(r.messageKey())).setHeader(getTranslation("cohort.invite.reason")).setAutoWidth(true);
        refused.setAllRowsVisible(true);
        refused.setVisible(false);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneOffset.UTC);
        invitations.setId("cohort-invitations");
        invitations.addColumn(i -> Objects.requireNonNullElse(i.getInviteeName(), "")).setHeader(getTranslation("cohort.trainees.name"));
        invitations.addColumn(Invitation::getEmail).setHeader(getTranslation("invitations.email")).setAutoWidth(true);
        invitations.addColumn(i -> dates.format(i.getCreatedAt())).setHeader(getTranslation("invitations.sent"));
        invitations.addColumn(i -> i.getAcceptedAt() == null ? "" : dates.format(i.getAcceptedAt()))
                .setHeader(getTranslation("invitations.accepted"));
        invitations.setAllRowsVisible(true);
        refresh();
        add(new H2(getTranslation("cohort.invite.title")), pasted, send, new Paragraph(getTranslation("cohort.invite.csv.help")), upload,
                outcome, refused, new H2(getTranslation("cohort.invite.sent")), invitations);
    }

    /** An uploaded file's bytes (the upload handler, and tests, call this). */
    void csv(byte[] bytes) {
        show(() -> service.inviteCsv(actor, cohortId, bytes, getLocale().getLanguage()));
    }

    private @org.jspecify.annotations.Nullable InviteReport show(java.util.function.Supplier<InviteReport> invite) {
        try {
            InviteReport report = invite.get();
            outcome.setText(getTranslation("cohort.invite.outcome", report.invited(), report.refused().size()));
            refused.setItems(report.refused());
            refused.setVisible(!report.refused().isEmpty());
            refresh();
            return report;
        } catch (CohortException e) {
            outcome.setText(getTranslation(e.messageKey()));
            refused.setVisible(false);
            return null;
        }
    }

    private void refresh() {
        invitations.setItems(service.of(actor, cohortId));
    }
}
