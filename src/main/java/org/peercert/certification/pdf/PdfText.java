package org.peercert.certification.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.ArrayList;
import java.util.List;

/**
 * Text placed straight on a PDF canvas at fixed positions. The certificate's layout is fixed, so iText's
 * layout engine (which was most of the rendering time) is not needed: lines are measured with the font's
 * own widths, shrunk to fit or wrapped at spaces.
 */
record PdfText(PdfCanvas canvas) {

    enum Align { LEFT, CENTER, RIGHT }

    /** One line; {@code x} is its left edge, centre or right edge by {@code align}. Shrinks to fit {@code maxWidth}. */
    float line(String text, PdfFont font, float size, Color color, float x, float y, Align align, float maxWidth) {
        float fitted = Math.min(size, size * maxWidth / Math.max(1, font.getWidth(text, size)));
        float width = font.getWidth(text, fitted);
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        canvas.beginText().setFontAndSize(font, fitted).setFillColor(color).moveText(left, y).showText(text).endText();
        return fitted;
    }

    /** Letter-spaced capitals, centred on {@code x}. */
    void spaced(String text, PdfFont font, float size, float spacing, Color color, float x, float y) {
        float width = font.getWidth(text, size) + spacing * (text.length() - 1);
        canvas.beginText().setFontAndSize(font, size).setCharacterSpacing(spacing).setFillColor(color)
                .moveText(x - width / 2, y).showText(text).setCharacterSpacing(0).endText();
    }

    /** Wrapped at spaces within {@code width}, first baseline at {@code y}; returns the baseline after the last line. */
    float paragraph(String text, PdfFont font, float size, float leading, Color color, float x, float y, float width) {
        for (String line : wrap(text, font, size, width)) {
            line(line, font, size, color, x, y, Align.LEFT, width);
            y -= leading;
        }
        return y;
    }

    static List<String> wrap(String text, PdfFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && font.getWidth(line + " " + word, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
