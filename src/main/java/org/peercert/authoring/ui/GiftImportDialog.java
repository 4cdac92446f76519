package org.peercert.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.peercert.authoring.AuthoringException;
import org.peercert.authoring.GiftImports;
import org.peercert.authoring.gift.GiftImporter;
import org.peercert.authoring.gift.GiftReport.Entry;

/**
 * Import GIFT: the trainer picks the competency the questions count toward (GIFT has none) and where they go
 * (one new bank file per category, or an existing bank file), uploads the file, and sees the report per question.
 */
final class GiftImportDialog extends Dialog {

    /** The choice "one bank file per $CATEGORY" in {@link #target}. */
    static final String BY_CATEGORY = "";

    private final DraftSession session;
    private final GiftImports gifts;
    private final Runnable onImported;
    final Select<String> competency = new Select<>();
    final Select<String> target = new Select<>();
    final Upload upload;
    final Paragraph status = new Paragraph();
    final Grid<Entry> report = new Grid<>(Entry.class, false);

    /** {@code onImported}: after bank files were written (the session is reloaded already), e.g. to redraw the bank. */
    GiftImportDialog(DraftSession session, GiftImports gifts, Runnable onImported) {
        this.session = session;
        this.gifts = gifts;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("authoring.gift.import"));
        competency.setLabel(getTranslation("authoring.gift.competency"));
        competency.setId("gift-competency");
        competency.setHelperText(getTranslation("authoring.gift.competencyHelp"));
        competency.setWidthFull();
        List<String> competencies = DraftTree.competencyIds(session);
        competency.setItems(competencies);
        if (!competencies.isEmpty()) {
            competency.setValue(competencies.getFirst());
        }
        target.setLabel(getTranslation("authoring.gift.target"));
        target.setId("gift-target");
        target.setWidthFull();
        List<String> targets = new ArrayList<>(List.of(BY_CATEGORY));
        targets.addAll(DraftTree.bankFiles(session));
        target.setItems(targets);
        target.setItemLabelGenerator(t -> t.equals(BY_CATEGORY) ? getTranslation("authoring.gift.byCategory") : t);
        target.setValue(BY_CATEGORY);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> receive(metadata.fileName(), bytes)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(GiftImporter.MAX_CHARS);
        upload.setAcceptedFileTypes("text/plain", ".gift", ".txt");
        upload.setId("gift-upload");
        upload.addFileRejectedListener(e -> status.setText(getTranslation("authoring.gift.rejected", e.getFileName())));
        var help = new Paragraph(getTranslation("authoring.gift.help"));
        help.addClassName("pc-help");
        status.setId("gift-status");
        status.getElement().setAttribute("role", "status");
        // the result right after the line, so a phone shows it without scrolling the grid sideways
        report.addColumn(Entry::line).setHeader(getTranslation("authoring.gift.line")).setAutoWidth(true).setFlexGrow(0);
        report.addColumn(e -> getTranslation("authoring.gift.status." + e.status().name())).setHeader(getTranslation("authoring.gift.status"))
                .setWidth("7rem").setFlexGrow(0);
        report.addColumn(Entry::title).setHeader(getTranslation("authoring.gift.title")).setWidth("9rem").setResizable(true);
        report.addColumn(Entry::message).setHeader(getTranslation("authoring.gift.message")).setWidth("12rem").setFlexGrow(2);
        report.addColumn(e -> e.id() == null ? "" : e.id()).setHeader(getTranslation("authoring.gift.id")).setWidth("9rem");
        report.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        report.setVisible(false);
        report.setId("gift-report");
        add(competency, target, help, upload, status, report);
        getFooter().add(new Button(getTranslation("authoring.gift.close"), click -> close()));
        setWidth("min(64rem, 100vw)");
    }

    /** The uploaded file: refused unless UTF-8 text of at most 1 MB; otherwise imported, saved and reported. */
    void receive(String fileName, byte[] bytes) {
        report.setVisible(false);
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".gift") && !name.endsWith(".txt")) {
            status.setText(getTranslation("authoring.gift.notGift", fileName));
            return;
        }
        if (bytes.length > GiftImporter.MAX_CHARS) { // the Upload refuses these too; a crafted request still lands here
            status.setText(getTranslation("authoring.gift.tooBig", fileName));
            return;
        }
        String text;
        try { // a strict decoder: new String(bytes, UTF_8) would silently turn Windows-1252 accents into U+FFFD
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            status.setText(getTranslation("authoring.gift.notUtf8", fileName));
            return;
        }
        GiftImports.Outcome outcome;
        try {
            String into = target.getValue() == null || target.getValue().equals(BY_CATEGORY) ? null : target.getValue();
            outcome = gifts.importGift(session.actor(), session.draftId(), text, competency.getValue() == null ? "" : competency.getValue(), into);
        } catch (AuthoringException e) { // too many questions, no competency, access, another trainer's save in between
            status.setText(getTranslation("authoring.gift.refused", e.getMessage()));
            return;
        }
        report.setItems(outcome.report().entries());
        report.setVisible(true);
        if (outcome.files().isEmpty()) { // the service writes nothing when no question was importable
            status.setText(getTranslation("authoring.gift.nothing"));
            return;
        }
        status.setText(getTranslation("authoring.gift.done", outcome.report().imported(), outcome.report().entries().size(),
                String.join(", ", outcome.files())));
        session.reload(); // the tree shows the new bank files
        onImported.run();
    }
}
