package org.peercert.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.function.LongSupplier;
import org.peercert.account.CurrentUser;
import org.peercert.account.Role;
import org.peercert.authoring.AuthoringException;
import org.peercert.authoring.CourseArchives;
import org.peercert.authoring.DraftSummary;
import org.peercert.authoring.Drafts;
import org.peercert.authoring.EditableCourse;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.ui.LocaleFormat;

/**
 * For trainers: their drafts (admins: all), a new draft from a course's newest version or of a new course,
 * a course zip imported as a draft, and a published version exported as a zip.
 */
@Route("trainer/authoring")
@PageTitle("Authoring · PeerCert")
@Menu(order = 36, title = "nav.authoring")
@StyleSheet("context://peercert/styles/authoring.css")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class AuthoringView extends Div {

    /** A course zip is small: text files and images of at most 1 MB each; the service applies its own limits. */
    static final int MAX_ZIP_BYTES = 50_000_000;

    final Grid<DraftSummary> drafts = new Grid<>();
    final Select<EditableCourse> course = new Select<>();
    final Button startFromLatest = new Button();
    final TextField newKey = new TextField();
    final TextField newTitle = new TextField();
    final Button startNew = new Button();
    final Upload importZip;
    final Div export = new Div();
    final Paragraph error = new Paragraph();
    private final transient Drafts service;
    private final long actor;

    AuthoringView(Drafts service, CourseArchives archives, CourseCatalog catalog, CurrentUser currentUser) {
        this.service = service;
        this.actor = currentUser.id();
        addClassNames("pc-page", "pc-authoring");
        drafts.setId("drafts");
        drafts.addColumn(DraftSummary::title).setHeader(getTranslation("authoring.list.course")).setFlexGrow(1);
        drafts.addColumn(d -> d.basedOnVersion() == null ? getTranslation("authoring.list.new") : d.basedOnVersion())
                .setHeader(getTranslation("authoring.list.basedOn")).setAutoWidth(true);
        drafts.addColumn(d -> d.updatedByName() + ", " + LocaleFormat.dateTime(d.updatedAt(), getLocale()))
                .setHeader(getTranslation("authoring.list.changed")).setAutoWidth(true);
        drafts.setAllRowsVisible(true);
        drafts.addItemClickListener(click -> open(click.getItem().id()));
        drafts.setItems(service.visibleTo(actor));

        var editable = service.editableCourses(actor);
        course.setLabel(getTranslation("authoring.list.courseToEdit"));
        course.setId("draft-course");
        course.setItems(editable);
        course.setItemLabelGenerator(c -> c.title() + " (" + c.latestVersion() + ")");
        editable.stream().findFirst().ifPresent(course::setValue);
        startFromLatest.setText(getTranslation("authoring.list.startFromLatest"));
        startFromLatest.setId("draft-start");
        startFromLatest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        startFromLatest.addClickListener(click -> {
            if (course.getValue() != null) {
                act(() -> service.startFromLatest(actor, course.getValue().key()));
            }
        });
        newKey.setLabel(getTranslation("authoring.list.newKey"));
        newKey.setHelperText(getTranslation("authoring.idHelp"));
        newKey.setId("new-course-key");
        newTitle.setLabel(getTranslation("authoring.list.newTitle"));
        newTitle.setId("new-course-title");
        startNew.setText(getTranslation("authoring.list.startNew"));
        startNew.setId("new-course-start");
        startNew.addClickListener(click -> act(() -> service.startNewCourse(actor, newKey.getValue().strip(), newTitle.getValue().strip())));
        importZip = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> importZip(archives, new ByteArrayInputStream(bytes))))));
        importZip.setMaxFiles(1);
        importZip.setMaxFileSize(MAX_ZIP_BYTES);
        importZip.setAcceptedFileTypes("application/zip", ".zip");
        importZip.setId("import-zip");
        error.setId("authoring-error");
        error.getElement().setAttribute("role", "alert");
        editable.forEach(c -> catalog.courseVersion(c.key(), c.latestVersion()).ifPresent(version -> {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                var zip = new ByteArrayOutputStream();
                archives.exportVersion(actor, version.versionId(), zip);
                return new DownloadResponse(new ByteArrayInputStream(zip.toByteArray()), c.key() + "-" + c.latestVersion() + ".zip",
                        "application/zip", zip.size());
            }), getTranslation("authoring.list.export", c.title(), c.latestVersion()));
            link.setTarget(AnchorTarget.BLANK);
            link.setId("export-" + c.key());
            export.add(new Paragraph(link));
        }));

        var fromCourse = new Div(course, startFromLatest);
        fromCourse.addClassName("pc-form-row");
        var newCourse = new Div(newKey, newTitle, startNew);
        newCourse.addClassName("pc-form-row");
        add(new H1(getTranslation("authoring.list.title")), error, drafts,
                new H2(getTranslation("authoring.list.newDraft")), fromCourse,
                new H2(getTranslation("authoring.list.newCourse")), newCourse,
                new H2(getTranslation("authoring.list.import")), new Paragraph(getTranslation("authoring.list.importHelp")), importZip,
                new H2(getTranslation("authoring.list.exportTitle")), export);
    }

    void importZip(CourseArchives archives, InputStream zip) {
        act(() -> archives.importAsDraft(actor, zip));
    }

    private void act(LongSupplier createsDraft) {
        try {
            open(createsDraft.getAsLong());
        } catch (AuthoringException e) {
            error.setText(e.getMessage());
        }
    }

    private void open(long draftId) {
        getUI().ifPresent(ui -> ui.navigate(DraftEditorView.class, new RouteParameters("draftId", Long.toString(draftId))));
    }
}
