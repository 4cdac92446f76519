package org.peercert.certification.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The embedded fonts (DejaVu, free licence, see certificate/fonts/LICENSE-DejaVu.txt). Embedding and
 * subsetting the full DejaVu fonts (~6,000 glyphs) dominated rendering time, so a certificate whose texts are
 * all Latin (Latin-1 + Latin Extended A/B, the "-Latin" files, cut with fontTools) uses those small fonts; any other script (a name in Cyrillic, Greek, Vietnamese...) gets the
 * full fonts. Bytes are read once; parsed programs are pooled, one set per document being written, because
 * iText's subsetter reads a font program through a shared, non-thread-safe reader.
 * <p>
 * Scripts DejaVu lacks or iText cannot shape (Arabic, Hebrew, Devanagari, Chinese/Japanese/Korean, emoji) print
 * in a {@link Fallback} font, one weight (bold) each, loaded only when a certificate needs it and shaped by the
 * JDK ({@link TextRuns}).
 */
final class CertificateFonts {

    private static final String[] NAMES = {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif-Bold"};
    private static final byte[][] FULL = Arrays.stream(NAMES).map(n -> read(n + ".ttf")).toArray(byte[][]::new);
    private static final byte[][] LATIN = Arrays.stream(NAMES).map(n -> read(n + "-Latin.ttf")).toArray(byte[][]::new);

    private static final Pool<FontProgram[]> FULL_PROGRAMS = new Pool<>(() -> parse(FULL), 4);
    private static final Pool<FontProgram[]> LATIN_PROGRAMS = new Pool<>(() -> parse(LATIN), 8);
    /** The Latin programs only answer which characters they have: safe to share. */
    private static final FontProgram[] LATIN_COVERAGE = parse(LATIN);

    /**
     * Fonts for the scripts the DejaVu fonts lack or that need shaping (Noto, OFL, see LICENSE-Noto.txt; Symbola
     * for emoji, see LICENSE-Symbola.txt), subset by tools/certificate-fonts.py. {@code preferred}: characters of
     * these scripts use this font even where DejaVu has a glyph, because iText alone would not shape them.
     */
    enum Fallback {
        ARABIC("NotoSansArabic-Bold.ttf", Character.UnicodeScript.ARABIC),
        HEBREW("NotoSansHebrew-Bold.ttf", Character.UnicodeScript.HEBREW),
        DEVANAGARI("NotoSansDevanagari-Bold.ttf", Character.UnicodeScript.DEVANAGARI),
        CJK("NotoSansCJK-Bold-Common.ttf", Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL, Character.UnicodeScript.BOPOMOFO),
        EMOJI("Symbola-Emoji.ttf");

        private final List<Character.UnicodeScript> preferred;
        private final Lazy<byte[]> bytes;
        private final Lazy<FontProgram> coverage;
        private final Lazy<java.awt.Font> shaper;
        private final Pool<FontProgram> programs;

        Fallback(String file, Character.UnicodeScript... preferred) {
            this.preferred = List.of(preferred);
            this.bytes = new Lazy<>(() -> read(file));
            this.coverage = new Lazy<>(() -> parse(bytes.get()));
            this.shaper = new Lazy<>(() -> awtFont(bytes.get()));
            this.programs = new Pool<>(() -> parse(bytes.get()), 2);
        }

        boolean covers(int codePoint) {
            return coverage.get().getGlyph(codePoint) != null;
        }

        /** The same font file for the JDK's text layout (HarfBuzz), at 1000 pt so positions are in glyph-space units. */
        java.awt.Font shaper() {
            return shaper.get();
        }

        static @Nullable Fallback preferredFor(int codePoint) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            for (Fallback f : values()) {
                if (f.preferred.contains(script)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** One document's fonts: the three DejaVu faces, and fallback fonts made on first use. */
    static final class Set {
        private final PdfFont sans;
        private final PdfFont sansBold;
        private final PdfFont serifBold;
        private final Map<Fallback, PdfFont> fallbacks = new EnumMap<>(Fallback.class);
        private final List<Runnable> giveBack = new ArrayList<>();

        private Set(FontProgram[] programs) {
            this.sans = font(programs[0]);
            this.sansBold = font(programs[1]);
            this.serifBold = font(programs[2]);
        }

        PdfFont sans() {
            return sans;
        }

        PdfFont sansBold() {
            return sansBold;
        }

        PdfFont serifBold() {
            return serifBold;
        }

        PdfFont fallback(Fallback f) {
            return fallbacks.computeIfAbsent(f, k -> {
                FontProgram program = k.programs.borrow();
                giveBack.add(() -> k.programs.giveBack(program));
                return font(program);
            });
        }
    }

    /** The parsed programs a document's fonts use, lent until the document is written. */
    static final class Lease implements AutoCloseable {
        private final FontProgram[] programs;
        private final Pool<FontProgram[]> pool;
        private final Set fonts;

        private Lease(FontProgram[] programs, Pool<FontProgram[]> pool) {
            this.programs = programs;
            this.pool = pool;
            this.fonts = new Set(programs);
        }

        Set fonts() {
            return fonts;
        }

        @Override
        public void close() {
            pool.giveBack(programs);
            fonts.giveBack.forEach(Runnable::run);
        }
    }

    private CertificateFonts() {}

    /** Programs able to show every given text; fresh PdfFonts come from them per document (a PdfFont belongs to one). */
    static Lease lease(String... texts) {
        Pool<FontProgram[]> pool = Arrays.stream(texts).allMatch(CertificateFonts::covers) ? LATIN_PROGRAMS : FULL_PROGRAMS;
        return new Lease(pool.borrow(), pool);
    }

    /** The full DejaVu programs, only asked which characters they have. */
    private static final Lazy<FontProgram[]> FULL_COVERAGE = new Lazy<>(() -> parse(FULL));

    /** Every character prints in each DejaVu face or in a fallback font; else the first that does not is named. */
    static void checkPrintable(String text) {
        text.codePoints().filter(c -> !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT
                && !(c >= 0xFE00 && c <= 0xFE0F)).forEach(c -> {
                    Fallback preferred = Fallback.preferredFor(c);
                    boolean printable = (preferred != null && preferred.covers(c))
                            || Arrays.stream(FULL_COVERAGE.get()).allMatch(p -> p.getGlyph(c) != null)
                            || Arrays.stream(Fallback.values()).anyMatch(f -> f.covers(c));
                    if (!printable) {
                        throw new UnprintableTextException(text, c);
                    }
                });
    }

    private static boolean covers(String text) {
        // characters of a script with its own fallback font never use DejaVu: the small fonts still do for the rest
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Fallback.preferredFor(c) != null
                || Arrays.stream(LATIN_COVERAGE).allMatch(p -> p.getGlyph(c) != null));
    }

    private static PdfFont font(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static FontProgram[] parse(byte[][] fonts) {
        FontProgram[] programs = new FontProgram[fonts.length];
        for (int i = 0; i < fonts.length; i++) {
            programs[i] = parse(fonts[i]);
        }
        return programs;
    }

    private static FontProgram parse(byte[] font) {
        try {
            return FontProgramFactory.createFont(font, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.awt.Font awtFont(byte[] font) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(font)).deriveFont(1000f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream("/certificate/fonts/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Made on first use and then shared: most certificates never need a fallback font. */
    private static final class Lazy<T> {
        private final Supplier<T> factory;
        private volatile @Nullable T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
