package org.peercert.curriculum.internal;

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

    private LessonRenderer() {}

    public static String toHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        Document doc = Jsoup.parseBodyFragment(Jsoup.clean(html, SAFE));
        doc.select("a[href^=http]").forEach(a -> a.attr("target", "_blank").attr("rel", "noopener noreferrer"));
        return doc.body().html();
    }
}
