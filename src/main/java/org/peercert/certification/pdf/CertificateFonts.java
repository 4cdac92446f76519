package org.peercert.certification.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The embedded fonts (DejaVu, free licence, see certificate/fonts/LICENSE-DejaVu.txt) and the sRGB profile
 * PDF/A needs. Bytes are read once; parsed font programs are kept per thread because iText's subsetter
 * reads a font program's tables through a shared, non-thread-safe reader.
 */
final class CertificateFonts {

    private static final byte[] SANS = read("DejaVuSans.ttf");
    private static final byte[] SANS_BOLD = read("DejaVuSans-Bold.ttf");
    private static final byte[] SERIF_BOLD = read("DejaVuSerif-Bold.ttf");
    static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final ThreadLocal<FontProgram[]> PROGRAMS = ThreadLocal.withInitial(() -> new FontProgram[] {
            parse(SANS), parse(SANS_BOLD), parse(SERIF_BOLD)});

    record Set(PdfFont sans, PdfFont sansBold, PdfFont serifBold) {}

    private CertificateFonts() {}

    /** Fresh PdfFonts for one document (a PdfFont belongs to one document), from this thread's parsed programs. */
    static Set forDocument() {
        FontProgram[] programs = PROGRAMS.get();
        return new Set(font(programs[0]), font(programs[1]), font(programs[2]));
    }

    private static PdfFont font(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static FontProgram parse(byte[] bytes) {
        try {
            return FontProgramFactory.createFont(bytes, false);
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
