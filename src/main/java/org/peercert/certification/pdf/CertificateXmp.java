package org.peercert.certification.pdf;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The PDF/A-2a + PDF/UA-1 XMP packet, filled from the document information so the two agree (PDF/A 6.6.2.3). iText
 * would parse the template's packet on open and parse and re-serialise it on close, a sixth of a certificate's
 * time; the packet is small and fixed, so it is a template (certificate/xmp.mustache) with XML-escaped values.
 */
final class CertificateXmp {

    private static final Template PACKET = compile();

    private CertificateXmp() {}

    /** Called while the document closes, after iText has set the producer and modification date. */
    static byte[] packet(PdfDocumentInfo info) {
        return PACKET.execute(Map.of(
                "title", nonNull(info.getTitle()),
                "author", nonNull(info.getAuthor()),
                "subject", nonNull(info.getSubject()),
                "keywords", nonNull(info.getKeywords()),
                "producer", nonNull(info.getProducer()),
                "creator", nonNull(info.getCreator()),
                "created", PdfDate.getW3CDate(info.getMoreInfo("CreationDate")),
                "modified", PdfDate.getW3CDate(info.getMoreInfo("ModDate")))).getBytes(StandardCharsets.UTF_8);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static Template compile() {
        try (var in = new InputStreamReader(Objects.requireNonNull(CertificateXmp.class.getResourceAsStream(
                "/certificate/xmp.mustache")), StandardCharsets.UTF_8)) {
            return Mustache.compiler().withEscaper(Escapers.HTML).compile(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
