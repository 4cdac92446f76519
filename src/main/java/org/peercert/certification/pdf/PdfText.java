package org.peercert.certification.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagutils.AccessibilityProperties;
import com.itextpdf.kernel.pdf.tagutils.DefaultAccessibilityProperties;
import com.itextpdf.kernel.pdf.tagutils.TagReference;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text placed straight on a PDF canvas at fixed positions, inside the document's structure tree. The
 * certificate's layout is fixed, so iText's layout engine (which was most of the rendering time) is not needed:
 * lines are measured with the font's own widths, shrunk to fit or wrapped at spaces. Each line is marked
 * content of the structure element open at {@link #tags} ({@link #open}/{@link #close}); what only decorates is
 * an {@link #artifact}. Lines in scripts that need shaping are drawn glyph by glyph ({@link TextRuns}) and carry
 * their text as /ActualText, so copying and screen readers get the characters in logical order.
 */
final class PdfText {

    enum Align { LEFT, CENTER, RIGHT }

    private final PdfCanvas canvas;
    private final TagTreePointer tags;
    private final CertificateFonts.Set fonts;
    /** While drawing an artifact: text and elements are left out of the structure tree. */
    private boolean artifact;

    PdfText(PdfCanvas canvas, TagTreePointer tags, CertificateFonts.Set fonts) {
        this.canvas = canvas;
        this.tags = tags;
        this.fonts = fonts;
    }

    PdfCanvas canvas() {
        return canvas;
    }

    /** Opens a structure element (H1, P, Table...) under the current one; lines drawn next belong to it. */
    PdfText open(String role) {
        if (!artifact) {
            tags.addTag(role);
        }
        return this;
    }

    PdfText open(AccessibilityProperties properties) {
        if (!artifact) {
            tags.addTag(properties);
        }
        return this;
    }

    static AccessibilityProperties role(String role) {
        return new DefaultAccessibilityProperties(role);
    }

    PdfText close() {
        if (!artifact) {
            tags.moveToParent();
        }
        return this;
    }

    /** One element holding one line. */
    float element(String role, String text, PdfFont font, float size, Color color, float x, float y, Align align, float maxWidth) {
        open(role);
        float fitted = line(text, font, size, color, x, y, align, maxWidth);
        close();
        return fitted;
    }

    /** Decoration (rules, borders, bars, repeated headings): outside the structure, skipped by assistive technology. */
    void artifact(Runnable draw) {
        canvas.openTag(new CanvasArtifact());
        artifact = true;
        try {
            draw.run();
        } finally {
            artifact = false;
            canvas.closeTag();
        }
    }

    /** Draws the QR code or any other picture as a Figure with its text alternative. */
    void figure(String alternative, Runnable draw) {
        AccessibilityProperties figure = role("Figure").setAlternateDescription(alternative);
        open(figure);
        canvas.openTag(tags.getTagReference());
        draw.run();
        canvas.closeTag();
        close();
    }

    float width(String text, PdfFont font, float size) {
        return TextRuns.width(TextRuns.of(text, font, fonts), size);
    }

    /** One line; {@code x} is its left edge, centre or right edge by {@code align}. Shrinks to fit {@code maxWidth}. */
    float line(String text, PdfFont font, float size, Color color, float x, float y, Align align, float maxWidth) {
        List<TextRuns.Run> runs = TextRuns.of(text, font, fonts);
        float natural = TextRuns.width(runs, size);
        float fitted = Math.min(size, size * maxWidth / Math.max(1, natural));
        float width = TextRuns.width(runs, fitted);
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        boolean shaped = runs.size() > 1 || runs.getFirst().glyphs() != null;
        if (!artifact) {
            TagReference content = tags.getTagReference();
            if (shaped) {
                content.addProperty(PdfName.ActualText, new PdfString(text, PdfEncodings.UNICODE_BIG));
            }
            canvas.openTag(content);
        }
        canvas.beginText().setFillColor(color);
        for (TextRuns.Run run : runs) {
            draw(run, fitted, left, y);
            left += run.width(fitted);
        }
        canvas.endText();
        if (!artifact) {
            canvas.closeTag();
        }
        return fitted;
    }

    private void draw(TextRuns.Run run, float size, float x, float y) {
        canvas.setFontAndSize(run.font(), size);
        if (run.glyphs() == null) {
            canvas.setTextMatrix(x, y).showText(run.text());
            return;
        }
        for (int i = 0; i < run.glyphs().size(); i++) {
            canvas.setTextMatrix(x + run.xs()[i] * size / 1000, y - run.ys()[i] * size / 1000)
                    .showText(new GlyphLine(List.of(run.glyphs().get(i))));
        }
    }

    /** Letter-spaced capitals, centred on {@code x}. */
    void spaced(String text, PdfFont font, float size, float spacing, Color color, float x, float y) {
        float width = font.getWidth(text, size) + spacing * (text.length() - 1);
        canvas.openTag(tags.getTagReference());
        canvas.beginText().setFontAndSize(font, size).setCharacterSpacing(spacing).setFillColor(color)
                .moveText(x - width / 2, y).showText(text).setCharacterSpacing(0).endText();
        canvas.closeTag();
    }

    /** Wrapped at spaces within {@code width}, first baseline at {@code y}; returns the baseline after the last line. */
    float paragraph(String text, PdfFont font, float size, float leading, Color color, float x, float y, float width) {
        for (String line : wrap(text, font, size, width)) {
            line(line, font, size, color, x, y, Align.LEFT, width);
            y -= leading;
        }
        return y;
    }

    List<String> wrap(String text, PdfFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && width(line + " " + word, font, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** A text in at most {@code maxLines} wrapped lines: the largest size from {@code size} down to {@code min} that fits. */
    record Fitted(float size, List<String> lines) {}

    Fitted fit(String text, PdfFont font, float size, float min, float width, int maxLines) {
        float s = size;
        List<String> lines = wrap(text, font, s, width);
        while (lines.size() > maxLines && s > min) {
            s = Math.max(min, s - 1);
            lines = wrap(text, font, s, width);
        }
        if (lines.size() > maxLines) {
            // words longer than a line: keep the first lines, the last one takes the rest and shrinks to fit
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
            kept.add(String.join(" ", lines.subList(maxLines - 1, lines.size())));
            lines = kept;
        }
        return new Fitted(s, lines);
    }
}
