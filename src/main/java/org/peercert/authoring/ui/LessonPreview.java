package org.peercert.authoring.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.peercert.curriculum.LessonMarkdown;

/**
 * A lesson as the trainee's lesson page shows it: the same renderer and sanitiser, the same article markup.
 * Images the lesson names in its module's images/ are shown from the draft.
 */
final class LessonPreview extends Div {

    private final DraftSession session;
    private final String moduleFolder;

    LessonPreview(DraftSession session, String moduleFolder) {
        this.session = session;
        this.moduleFolder = moduleFolder;
        addClassNames("pc-preview", "pc-reading");
        getElement().setAttribute("aria-label", getTranslation("authoring.lesson.preview"));
        getElement().setAttribute("role", "region");
    }

    /**
     * The renderer's sanitiser keeps only http(s) image sources, so a lesson's relative {@code images/x} goes in
     * under this never-resolving host and comes out as the draft's own bytes.
     */
    private static final String DRAFT_IMAGES = "https://draft-images.invalid/";

    void show(String title, String markdown) {
        removeAll();
        String html = LessonMarkdown.toHtml(markdown.replace("](images/", "](" + DRAFT_IMAGES + "images/"));
        add(new H1(title), new Html("<article class=\"pc-lesson\">" + withDraftImages(html) + "</article>"));
    }

    /**
     * The sanitised HTML with draft image sources pointing at the draft's own image bytes (checked images only),
     * so the preview needs no route of its own; after sanitising, so nothing else can add a data URI.
     */
    private String withDraftImages(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("img[src^=" + DRAFT_IMAGES + "]").forEach(img -> session.file(moduleFolder + "/"
                + img.attr("src").substring(DRAFT_IMAGES.length())).ifPresent(file ->
                DraftImages.extension(file.content()).ifPresent(type -> img.attr("src", "data:image/" + ("jpg".equals(type) ? "jpeg" : type)
                        + ";base64," + Base64.getEncoder().encodeToString(file.content())))));
        return doc.body().html();
    }
}
