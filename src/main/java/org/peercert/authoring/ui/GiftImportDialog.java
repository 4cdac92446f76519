package org.peercert.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
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
    final Select<String> competency = new Select<>();
    final Select<String> target = new Select<>();
    final Upload upload;
    final Paragraph status = new Paragraph();
    final Grid<Entry> report = new Grid<>(Entry.class, false);

    GiftImportDialog(DraftSession session, GiftImports gifts) {
        this.session = session;
        this.gifts = gifts;
        setHeaderTitle(getTranslation("authoring.gift.import"));
        competency.setLabel(getTranslation("authoring.gift.competency"));
        competency.setId("gift-competency");
        List<String> competencies = DraftYaml.maps(DraftYaml.load(session.text("course.yaml")), "competencies").stream()
                .map(c -> DraftYaml.text(c, "id")).filter(id -> !id.isBlank()).toList();
        competency.setItems(competencies);
        if (!competencies.isEmpty()) {
            competency.setValue(competencies.getFirst());
        }
        target.setLabel(getTranslation("authoring.gift.target"));
        target.setId("gift-target");
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
        status.setId("gift-status");
        status.getElement().setAttribute("role", "status");
        report.addColumn(Entry::line).setHeader(getTranslation("authoring.gift.line")).setAutoWidth(true).setFlexGrow(0);
        report.addColumn(Entry::title).setHeader(getTranslation("authoring.gift.title")).setResizable(true);
        report.addColumn(e -> e.id() == null ? "" : e.id()).setHeader(getTranslation("authoring.gift.id"));
        report.addColumn(e -> getTranslation("authoring.gift.status." + e.status().name())).setHeader(getTranslation("authoring.gift.status"))
                .setAutoWidth(true).setFlexGrow(0);
        report.addColumn(Entry::message).setHeader(getTranslation("authoring.gift.message")).setFlexGrow(2);
        report.setVisible(false);
        report.setId("gift-report");
        add(competency, target, upload, status, report);
        getFooter().add(new Button(getTranslation("authoring.gift.close"), click -> close()));
        setWidth("min(64rem, 100vw)");
    }

    /** The uploaded file: refused unless UTF-8 text; otherwise imported, saved and reported. */
    void receive(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase();
        if (!name.endsWith(".gift") && !name.endsWith(".txt")) {
            status.setText(getTranslation("authoring.gift.notGift", fileName));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            status.setText(getTranslation("authoring.gift.notUtf8", fileName));
            return;
        }
        try {
            String into = target.getValue() == null || target.getValue().equals(BY_CATEGORY) ? null : target.getValue();
            var outcome = gifts.importGift(session.actor(), session.draftId(), text, competency.getValue() == null ? "" : competency.getValue(), into);
            status.setText(getTranslation("authoring.gift.done", outcome.report().imported(), outcome.report().entries().size(),
                    String.join(", ", outcome.files())));
            report.setItems(outcome.report().entries());
            report.setVisible(true);
            session.reload(); // the tree shows the new bank files
        } catch (AuthoringException e) {
            status.setText(e.getMessage());
        }
    }
}
