package org.peercert.authoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.HasValidation;
import org.peercert.authoring.AuthoringException;
import org.peercert.authoring.DraftProblem;

/**
 * A lesson: its title and Markdown body, with a live preview rendered exactly as the trainee's lesson page
 * renders it, and images uploaded into the module's {@code images/} folder.
 */
final class LessonForm extends FileForm {

    final TextField title = new TextField();
    final TextArea markdown = new TextArea();
    final LessonPreview preview;
    final TextField alt = new TextField();
    final Upload upload;
    final Paragraph imageStatus = new Paragraph();
    private final String moduleFolder;
    private int bodyLine = 1;

    final com.vaadin.flow.component.button.Button delete = new com.vaadin.flow.component.button.Button();

    LessonForm(DraftSession session, String path, Runnable onDeleted) {
        super(session, path);
        delete.setText(getTranslation("authoring.lesson.delete"));
        delete.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR, com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> deleteFile(onDeleted));
        moduleFolder = path.substring(0, path.lastIndexOf('/'));
        preview = new LessonPreview(session, moduleFolder);
        title.setLabel(getTranslation("authoring.lesson.title"));
        title.setId("lesson-title");
        title.setWidthFull();
        markdown.setLabel(getTranslation("authoring.lesson.markdown"));
        markdown.setId("lesson-markdown");
        markdown.setHelperText(getTranslation("authoring.lesson.markdownHelp"));
        markdown.addClassName("pc-markdown");
        markdown.setWidthFull();
        markdown.setValueChangeMode(ValueChangeMode.TIMEOUT);
        markdown.setValueChangeTimeout(400);
        markdown.addValueChangeListener(e -> preview.show(title.getValue(), e.getValue()));
        title.addValueChangeListener(e -> preview.show(e.getValue(), markdown.getValue()));
        alt.setLabel(getTranslation("authoring.image.alt"));
        alt.setId("image-alt");
        alt.setHelperText(getTranslation("authoring.image.altHelp"));
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> image(metadata.fileName(), bytes)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DraftImages.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp", ".png", ".jpg", ".jpeg", ".gif", ".webp");
        upload.setId("image-upload");
        imageStatus.getElement().setAttribute("role", "status");
        var editor = new Div(markdown, preview);
        editor.addClassName("pc-lesson-editor");
        var images = new Div(alt, upload, imageStatus);
        images.addClassName("pc-images");
        add(new H2(getTranslation("authoring.lesson.heading")), title, editor, footer(), delete,
                new H3(getTranslation("authoring.image.heading")), images);
        load();
    }

    @Override
    protected void show(String text) {
        LessonFile lesson = LessonFile.parse(text);
        bodyLine = lesson.bodyLine();
        title.setValue(lesson.title());
        markdown.setValue(lesson.body());
        preview.show(lesson.title(), lesson.body());
        owns("title", title);
    }

    /** Front-matter problems belong to the title; anything from the body's first line on to the Markdown. */
    @Override
    protected @Nullable HasValidation ownerOf(List<Object> yamlPath, DraftProblem problem) {
        return problem.line() >= bodyLine ? markdown : title;
    }

    @Override
    protected String content() {
        return LessonFile.parse(session.text(path)).withTitleAndBody(title.getValue().strip(), markdown.getValue()).text();
    }

    /**
     * An uploaded image: checked by its first bytes and size (whatever the browser said), stored next to the
     * lesson in the module's images/, and its Markdown appended to the lesson with the alt text it requires.
     */
    void image(String uploadedName, byte[] bytes) {
        if (alt.getValue().isBlank()) {
            alt.setInvalid(true);
            alt.setErrorMessage(getTranslation("authoring.image.altNeeded"));
            imageStatus.setText(getTranslation("authoring.image.altNeeded"));
            return;
        }
        var extension = DraftImages.extension(bytes);
        if (bytes.length > DraftImages.MAX_BYTES || extension.isEmpty()) {
            imageStatus.setText(getTranslation("authoring.image.refused", uploadedName));
            return;
        }
        String name = DraftImages.fileName(uploadedName, extension.get());
        String file = moduleFolder + "/images/" + name;
        try {
            session.save(file, bytes, session.revision(file)); // the same name again replaces the picture
        } catch (AuthoringException e) {
            imageStatus.setText(e.getMessage());
            return;
        }
        String body = markdown.getValue();
        markdown.setValue(body + (body.isEmpty() || body.endsWith("\n") ? "" : "\n") + "\n" + DraftImages.markdown(alt.getValue(), name) + "\n");
        alt.clear();
        alt.setInvalid(false);
        imageStatus.setText(getTranslation("authoring.image.added", name));
    }
}
