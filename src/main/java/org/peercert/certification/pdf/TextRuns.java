package org.peercert.certification.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.kernel.font.PdfFont;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peercert.certification.pdf.CertificateFonts.Fallback;

/**
 * A line of text as it is drawn: runs in visual order, each in one font. Text the line's own font covers in a
 * script that needs no shaping stays plain text (iText maps each character through the font's cmap: the fast path
 * of every Latin certificate). Other runs are shaped by the JDK's text layout (HarfBuzz) with the same font file
 * as is embedded: Arabic joining forms, Devanagari conjuncts and reordered vowel signs come out as the glyph ids
 * and positions HarfBuzz gives, each glyph carrying the characters it stands for (its ToUnicode entry);
 * right-to-left runs are ordered by {@link Bidi}. iText's own shaping (pdfCalligraph) is commercial.
 */
final class TextRuns {

    private static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);
    /** HarfBuzz's id for a default-ignorable character (a joiner, a variation selector): nothing to draw. */
    private static final int INVISIBLE = 0xFFFE;

    /** {@code glyphs} null: plain {@code text}; otherwise glyphs at x/y offsets (1/1000 em) from the run's start. */
    record Run(PdfFont font, String text, @Nullable List<Glyph> glyphs, float[] xs, float[] ys, float advance) {

        float width(float size) {
            return glyphs == null ? font.getWidth(text, size) : advance * size / 1000;
        }
    }

    private TextRuns() {}

    static List<Run> of(String text, PdfFont font, CertificateFonts.Set fonts) {
        if (plain(text, font)) {
            return List.of(new Run(font, text, null, new float[0], new float[0], 0));
        }
        char[] chars = text.toCharArray();
        var bidi = new Bidi(chars, 0, null, 0, chars.length, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Object[] runs = new Object[count];
        for (int r = 0; r < count; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            boolean rtl = (levels[r] & 1) == 1;
            List<Run> pieces = byFont(text, bidi.getRunStart(r), bidi.getRunLimit(r), rtl, font, fonts);
            if (rtl) {
                Collections.reverse(pieces);
            }
            runs[r] = pieces;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        List<Run> visual = new ArrayList<>();
        for (Object r : runs) {
            @SuppressWarnings("unchecked")
            List<Run> pieces = (List<Run>) r;
            visual.addAll(pieces);
        }
        return visual;
    }

    static float width(List<Run> runs, float size) {
        float width = 0;
        for (Run r : runs) {
            width += r.width(size);
        }
        return width;
    }

    /** True when the text needs neither another font, shaping nor reordering. */
    private static boolean plain(String text, PdfFont font) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= 0x0590 && (Fallback.preferredFor(c) != null || !font.containsGlyph(c) || isRightToLeft(c))) {
                return false;
            }
            if (c < 0x0590 && !Character.isWhitespace(c) && !font.containsGlyph(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isRightToLeft(int c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Splits one direction's run [start, limit) where the font changes; in logical order. */
    private static List<Run> byFont(String text, int start, int limit, boolean rtl, PdfFont font, CertificateFonts.Set fonts) {
        List<Run> runs = new ArrayList<>();
        @Nullable Fallback current = null;
        int from = start;
        for (int i = start; i < limit; ) {
            int c = text.codePointAt(i);
            Fallback face = i > start && followsPrevious(c, current, font) ? current : face(c, font, text);
            if (i > start && face != current) {
                runs.add(run(text, from, i, rtl, current, font, fonts));
                from = i;
            }
            current = face;
            i += Character.charCount(c);
        }
        runs.add(run(text, from, limit, rtl, current, font, fonts));
        return runs;
    }

    /** Spaces, marks, joiners and variation selectors stay in the font of what they follow, where it has them. */
    private static boolean followsPrevious(int c, @Nullable Fallback previous, PdfFont font) {
        int type = Character.getType(c);
        boolean attaches = Character.isWhitespace(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT || (c >= 0xFE00 && c <= 0xFE0F);
        return attaches && (previous == null ? font.containsGlyph(c) || ignorable(c) : previous.covers(c) || ignorable(c));
    }

    private static boolean ignorable(int c) {
        return Character.getType(c) == Character.FORMAT || (c >= 0xFE00 && c <= 0xFE0F);
    }

    /** Null: the line's own font. */
    private static @Nullable Fallback face(int c, PdfFont font, String text) {
        Fallback preferred = Fallback.preferredFor(c);
        if (preferred != null && preferred.covers(c)) {
            return preferred;
        }
        if (Character.isWhitespace(c) || ignorable(c) || font.containsGlyph(c)) {
            return null;
        }
        for (Fallback f : Fallback.values()) {
            if (f.covers(c)) {
                return f;
            }
        }
        throw new UnprintableTextException(text, c);
    }

    private static Run run(String text, int start, int limit, boolean rtl, @Nullable Fallback face, PdfFont font,
            CertificateFonts.Set fonts) {
        if (face == null) {
            // the DejaVu fonts have no joining scripts left here (they go to a fallback): reversing suffices
            StringBuilder plain = new StringBuilder();
            text.substring(start, limit).codePoints().filter(c -> !ignorable(c) || font.containsGlyph(c)).forEach(plain::appendCodePoint);
            return new Run(font, rtl ? plain.reverse().toString() : plain.toString(), null, new float[0], new float[0], 0);
        }
        return shaped(text, start, limit, rtl, fonts.fallback(face), face);
    }

    private static Run shaped(String text, int start, int limit, boolean rtl, PdfFont font, Fallback face) {
        char[] chars = text.toCharArray();
        GlyphVector vector = face.shaper().layoutGlyphVector(UNHINTED, chars, start, limit,
                rtl ? java.awt.Font.LAYOUT_RIGHT_TO_LEFT : java.awt.Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] firstChars = vector.getGlyphCharIndices(0, count, null);
        int[] starts = Arrays.stream(firstChars).distinct().sorted().toArray();
        List<Glyph> glyphs = new ArrayList<>(count);
        float[] xs = new float[count];
        float[] ys = new float[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            int id = vector.getGlyphCode(i);
            if (id >= INVISIBLE) {
                continue;
            }
            // a glyph stands for the characters from its first one to the next glyph's first one (a ligature: several)
            int next = Arrays.binarySearch(starts, firstChars[i]) + 1;
            int end = start + (next < starts.length ? starts[next] : limit - start);
            String represented = text.substring(start + firstChars[i], end);
            if (id == 0) {
                throw new UnprintableTextException(text, represented.codePointAt(0));
            }
            Glyph program = font.getFontProgram().getGlyphByCode(id);
            int width = program != null ? program.getWidth() : Math.round((float) vector.getGlyphMetrics(i).getAdvance());
            glyphs.add(new Glyph(id, width, represented.codePointAt(0), represented.toCharArray(), false));
            xs[n] = (float) vector.getGlyphPosition(i).getX();
            ys[n] = (float) vector.getGlyphPosition(i).getY();
            n++;
        }
        return new Run(font, text.substring(start, limit), glyphs, Arrays.copyOf(xs, n), Arrays.copyOf(ys, n),
                (float) vector.getGlyphPosition(count).getX());
    }
}
