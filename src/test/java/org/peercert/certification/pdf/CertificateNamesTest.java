package org.peercert.certification.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peercert.certification.signing.TestKeys;

/**
 * Every name prints: Latin with diacritics, Chinese, Arabic, Hindi, Hebrew and emoji come out as text (extraction
 * returns the name) and as ink where the name is (rendered by PDFBox, as a viewer would); Arabic and Devanagari are
 * shaped (joining forms and conjuncts, not the isolated glyphs a cmap lookup gives); long names wrap to two lines.
 */
class CertificateNamesTest {

    private static final CertificatePdf PDF = new CertificatePdf(TestKeys.newKey());
    /** Renders land here; one of each was looked at and copied to docs/screenshots/certificate-names-*.png. */
    private static final Path RENDERS = Path.of("target", "certificate-names");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"latin, Zoë Ñúñez-Łukasiewicz", "chinese, 王小明", "arabic, فاطمة الزهراء", "hindi, अनन्या शर्मा",
            "hebrew, דוד כהן", "emoji, Sam 🌟 Lee 😀",
            "mixed, Ahmed أحمد Khan"})
    void nameIsExtractableTextAndVisibleInk(String script, String name) throws Exception {
        byte[] file = PDF.signed(AccessibleCertificateTest.certificate(name));
        try (var doc = open(file)) {
            var strategy = new LocationTextExtractionStrategy().setUseActualText(true);
            assertThat(PdfTextExtractor.getTextFromPage(doc.getPage(1), strategy)).contains(name);
            assertThat(PdfTextExtractor.getTextFromPage(doc.getPage(2), new LocationTextExtractionStrategy().setUseActualText(true)))
                    .contains(name);
        }
        BufferedImage page = render(file, script);
        // the name's band (baseline 390 pt, 30 pt high) across the content width, at 2 px per pt
        assertThat(inkedPixels(page, 64 * 2, (595 - 424) * 2, (842 - 128) * 2, 40 * 2)).as("ink where the name is").isGreaterThan(500);
        // and no box: the name's glyphs are never .notdef (glyph 0)
        assertThat(glyphCodes(file, "")).doesNotContain(0);
    }

    @Test
    void arabicNameIsShapedIntoJoiningFormsNotIsolatedLetters() throws Exception {
        assertShaped("فاطمة الزهراء", "NotoSansArabic");
    }

    @Test
    void devanagariNameIsShapedIntoConjuncts() throws Exception {
        assertShaped("अनन्या शर्मा", "NotoSansDevanagari");
    }

    private static void assertShaped(String name, String fontName) throws Exception {
        Set<Integer> drawn = glyphCodes(PDF.signed(AccessibleCertificateTest.certificate(name)), fontName);
        FontProgram font = FontProgramFactory.createFont(CertificateNamesTest.class
                .getResourceAsStream("/certificate/fonts/" + fontName + "-Bold.ttf").readAllBytes());
        Set<Integer> unshaped = new HashSet<>();
        name.codePoints().filter(c -> c != ' ').forEach(c -> unshaped.add(font.getGlyph(c).getCode()));
        assertThat(drawn).as("glyphs drawn in %s", fontName).isNotEmpty();
        assertThat(drawn).as("shaped glyphs that no plain cmap lookup gives").isNotEqualTo(unshaped)
                .anyMatch(code -> !unshaped.contains(code));
    }

    @Test
    void nameOf120CharactersWrapsToTwoReadableLines() throws Exception {
        String name = "Maria Fernanda de los Ángeles Guadalupe Castillo-Rodríguez y Montenegro Villanueva de la Cruz "
                + "Ortega Salazar Benítez Paz";
        assertThat(name).hasSize(120);
        List<TextRenderInfo> lines = new ArrayList<>();
        byte[] file = PDF.signed(AccessibleCertificateTest.certificate(name).withLocale(AccessibleCertificateTest.SPANISH));
        render(file, "long-es");
        render(file, "long-es-competencies", 1);
        try (var doc = open(file)) {
            new PdfCanvasProcessor(listener(info -> {
                if (name.contains(info.getText().strip()) && info.getText().length() > 20) {
                    info.preserveGraphicsState();
                    lines.add(info);
                }
            })).processPageContent(doc.getPage(1));
        }
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).getText() + " " + lines.get(1).getText()).isEqualTo(name);
        assertThat(lines.get(0).getBaseline().getStartPoint().get(1)).isGreaterThan(lines.get(1).getBaseline().getStartPoint().get(1) + 10);
        assertThat(lines).allSatisfy(line -> assertThat(line.getFontSize()).isGreaterThanOrEqualTo(CertificatePages.NAME_MIN));
    }

    @Test
    void aCharacterNoFontHasIsRefusedWithItsCodePoint() {
        // U+13000 EGYPTIAN HIEROGLYPH A001: in none of the certificate fonts
        assertThatThrownBy(() -> PDF.signed(AccessibleCertificateTest.certificate("Ana \uD80C\uDC00")))
                .isInstanceOf(UnprintableTextException.class).hasMessageContaining("U+13000");
    }

    private static Set<Integer> glyphCodes(byte[] file, String fontName) throws Exception {
        Set<Integer> codes = new HashSet<>();
        try (var doc = open(file)) {
            new PdfCanvasProcessor(listener(info -> {
                if (info.getFont().getFontProgram().getFontNames().getFontName().contains(fontName)) {
                    byte[] bytes = info.getPdfString().getValueBytes();
                    for (int i = 0; i + 1 < bytes.length; i += 2) {
                        codes.add(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff));
                    }
                }
            })).processPageContent(doc.getPage(1));
        }
        return codes;
    }

    private static IEventListener listener(java.util.function.Consumer<TextRenderInfo> text) {
        return new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                if (type == EventType.RENDER_TEXT) {
                    text.accept((TextRenderInfo) data);
                }
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(EventType.RENDER_TEXT);
            }
        };
    }

    private static BufferedImage render(byte[] file, String script) throws Exception {
        return render(file, script, 0);
    }

    private static BufferedImage render(byte[] file, String name, int pageIndex) throws Exception {
        try (var doc = Loader.loadPDF(file)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(pageIndex, 144);
            Files.createDirectories(RENDERS);
            ImageIO.write(page, "png", RENDERS.resolve("certificate-names-" + name + ".png").toFile());
            return page;
        }
    }

    private static int inkedPixels(BufferedImage image, int x, int y, int width, int height) {
        int inked = 0;
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                int rgb = image.getRGB(i, j);
                if (((rgb >> 16) & 0xff) < 128 && ((rgb >> 8) & 0xff) < 128 && (rgb & 0xff) < 128) {
                    inked++;
                }
            }
        }
        return inked;
    }

    private static PdfDocument open(byte[] file) throws Exception {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(file)));
    }
}
