package org.peercert.certification.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The embedded fonts (DejaVu, free licence, see certificate/fonts/LICENSE-DejaVu.txt). Embedding and
 * subsetting the full DejaVu fonts (~6,000 glyphs) dominated rendering time, so a certificate whose texts are
 * all Latin (Latin-1 + Latin Extended A/B, the "-Latin" files, cut with fontTools) uses those small fonts; any other script (a name in Cyrillic, Greek, Vietnamese...) gets the
 * full fonts. Bytes are read once; parsed programs are pooled, one set per document being written, because
 * iText's subsetter reads a font program through a shared, non-thread-safe reader.
 */
final class CertificateFonts {

    private static final String[] NAMES = {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif-Bold"};
    private static final byte[][] FULL = Arrays.stream(NAMES).map(n -> read(n + ".ttf")).toArray(byte[][]::new);
    private static final byte[][] LATIN = Arrays.stream(NAMES).map(n -> read(n + "-Latin.ttf")).toArray(byte[][]::new);

    private static final Pool<FontProgram[]> FULL_PROGRAMS = new Pool<>(() -> parse(FULL), 4);
    private static final Pool<FontProgram[]> LATIN_PROGRAMS = new Pool<>(() -> parse(LATIN), 8);
    /** The Latin programs only answer which characters they have: safe to share. */
    private static final FontProgram[] LATIN_COVERAGE = parse(LATIN);

    record Set(PdfFont sans, PdfFont sansBold, PdfFont serifBold) {}

    /** The parsed programs a document's fonts use, lent until the document is written. */
    record Lease(FontProgram[] programs, Pool<FontProgram[]> pool) implements AutoCloseable {

        Set fonts() {
            return new Set(font(programs[0]), font(programs[1]), font(programs[2]));
        }

        @Override
        public void close() {
            pool.giveBack(programs);
        }
    }

    private CertificateFonts() {}

    /** Programs able to show every given text; fresh PdfFonts come from them per document (a PdfFont belongs to one). */
    static Lease lease(String... texts) {
        Pool<FontProgram[]> pool = Arrays.stream(texts).allMatch(CertificateFonts::covers) ? LATIN_PROGRAMS : FULL_PROGRAMS;
        return new Lease(pool.borrow(), pool);
    }

    private static boolean covers(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c)
                || Arrays.stream(LATIN_COVERAGE).allMatch(p -> p.getGlyph(c) != null));
    }

    private static PdfFont font(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static FontProgram[] parse(byte[][] fonts) {
        try {
            FontProgram[] programs = new FontProgram[fonts.length];
            for (int i = 0; i < fonts.length; i++) {
                programs[i] = FontProgramFactory.createFont(fonts[i], false);
            }
            return programs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream("/certificate/fonts/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
