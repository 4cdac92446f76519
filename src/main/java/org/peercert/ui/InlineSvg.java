package org.peercert.ui;

import com.vaadin.flow.component.Html;

/**
 * Server-rendered SVG for a view. {@link Html} sets its root element's attributes through Vaadin's element
 * API, which lower-cases names: an {@code <svg viewBox>} root arrives as {@code viewbox}, which browsers
 * ignore, so the drawing stops scaling and is clipped. Wrapped in a {@code <div>}, the SVG travels as inner
 * HTML and the browser's own parser keeps {@code viewBox} as written.
 */
public final class InlineSvg {

    private InlineSvg() {}

    /** Word-wraps a label for an SVG text line of about {@code chars} characters; an over-long word stays whole. */
    public static java.util.List<String> wrap(String text, int chars) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > chars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The markup must already be escaped; {@code cssClass} styles the wrapper (e.g. its width). */
    public static Html of(String svgMarkup, String cssClass) {
        return new Html("<div class=\"" + cssClass + "\">" + svgMarkup + "</div>");
    }
}
