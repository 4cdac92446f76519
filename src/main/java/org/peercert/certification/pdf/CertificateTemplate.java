package org.peercert.certification.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The empty PDF/A-2b every certificate starts from: one blank landscape A4 page, the sRGB output intent and
 * the PDF/A identification in its XMP. Built once through iText's PDF/A document; each certificate then
 * opens it and the signer writes it out with the certificate drawn on, in a single pass: the output intent
 * is copied as already-compressed bytes, and no second parse of the rendered file is needed to sign it.
 */
final class CertificateTemplate {

    static final PageSize PAGE = PageSize.A4.rotate();
    private static final byte[] BYTES = build();

    private CertificateTemplate() {}

    /** A reader of the template that knows its conformance without parsing its XMP (iText would, on every open). */
    static PdfReader reader() {
        try {
            return new PdfReader(new ByteArrayInputStream(BYTES)) {
                @Override
                public PdfConformance getPdfConformance() {
                    return PdfConformance.PDF_A_2B;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] build() {
        var out = new ByteArrayOutputStream();
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        var intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(srgb));
        var writer = new PdfWriter(out, new WriterProperties().setCompressionLevel(CompressionConstants.BEST_COMPRESSION));
        try (var pdf = new PdfADocument(writer, PdfAConformance.PDF_A_2B, intent)) {
            pdf.addNewPage(PAGE);
        }
        return out.toByteArray();
    }
}
