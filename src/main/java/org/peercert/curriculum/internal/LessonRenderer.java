package org.peercert.curriculum.internal;

import java.util.function.UnaryOperator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML for lessons. The output is always cleaned with jsoup, whatever the validator let
 * through; links to other sites open in a new tab without access to the opener.
 */
public final class LessonRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();
    private static final Safelist SAFE = Safelist.relaxed();
    /**
     * With the lesson's own images: their rewritten addresses must survive cleaning, same-site ones (/course-files/...)
     * and data: URLs (an editor's preview of a draft's images). A lesson cannot name a data: URL itself: the
     * validator refuses the scheme.
     */
    private static final Safelist SAFE_WITH_LOCAL_IMAGES = Safelist.relaxed().preserveRelativeLinks(true).addProtocols("img", "src", "data");
    /** Only for resolving relative links while cleaning (jsoup needs one); the output keeps them relative. */
    private static final String BASE = "https://lesson.invalid/";

    private LessonRenderer() {}

    public static String toHtml(String markdown) {
        return finish(Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFE));
    }

    /**
     * Renders with the lesson's own images ({@code ![alt](images/x.png)}) pointed at {@code imageSource}'s address for
     * them: the published-file URL for trainees; for an editor's preview of a draft, e.g. a {@code data:image/png;base64,...}
     * URL of the draft's file.
     */
    public static String toHtml(String markdown, UnaryOperator<String> imageSource) {
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (image.getDestination().startsWith("images/") && !image.getDestination().contains("..")) {
                    image.setDestination(imageSource.apply(image.getDestination()));
                }
                visitChildren(image);
            }
        });
        String cleaned = Jsoup.clean(RENDERER.render(document), BASE, SAFE_WITH_LOCAL_IMAGES);
        return finish(cleaned);
    }

    private static String finish(String cleanHtml) {
        Document doc = Jsoup.parseBodyFragment(cleanHtml);
        doc.select("a[href^=http]").forEach(a -> a.attr("target", "_blank").attr("rel", "noopener noreferrer"));
        return doc.body().html();
    }
}
