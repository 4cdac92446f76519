package org.peercert.certification.pdf;

import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfConformance;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The empty document every certificate starts from: one blank landscape A4 page and the sRGB output intent
 * PDF/A needs. Built once; each certificate opens it and the signer writes it out with the certificate drawn
 * on, in a single pass: the output intent is copied as already-compressed bytes, and no second parse of the
 * rendered file is needed to sign it. It is tagged (a structure tree the certificate's content is added to). It
 * has no XMP (iText would parse it on every open); the reader declares PDF/A-2a and PDF/UA-1, and the XMP identifying it is written as the certificate closes ({@link CertificateXmp}).
 */
final class CertificateTemplate {

    static final PageSize PAGE = PageSize.A4.rotate();
    static final String SIGNATURE_FIELD = "PeerCertSignature";
    /** PDF/A-2a (tagged, every glyph mapped to Unicode) and PDF/UA-1; the XMP says so ({@link CertificateXmp}). */
    static final PdfConformance CONFORMANCE = new PdfConformance(PdfAConformance.PDF_A_2A, PdfUAConformance.PDF_UA_1);
    private static final byte[] BYTES = build();

    private CertificateTemplate() {}

    /** A reader of the template that declares the conformance its certificates are made to. */
    static PdfReader reader() {
        try {
            return new PdfReader(new ByteArrayInputStream(BYTES)) {
                @Override
                public PdfConformance getPdfConformance() {
                    return CONFORMANCE;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] build() {
        var out = new ByteArrayOutputStream();
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        var writer = new PdfWriter(out, new WriterProperties().setCompressionLevel(CompressionConstants.BEST_COMPRESSION));
        try (var pdf = new PdfDocument(writer)) {
            pdf.addOutputIntent(new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    new ByteArrayInputStream(srgb)));
            // tagged from the start: the signature field's widget sits in the structure tree as a Form element
            pdf.setTagged();
            pdf.addNewPage(PAGE);
            var field = new SignatureFormFieldBuilder(pdf, SIGNATURE_FIELD).setPage(1).setWidgetRectangle(new Rectangle(0, 0))
                    .createSignature();
            field.getFirstFormAnnotation().getWidget().setFlags(PdfAnnotation.PRINT | PdfAnnotation.LOCKED);
            // PDF/UA 7.18.1: an annotation needs a text alternative, even an invisible signature
            field.setAlternativeName("Digital signature of " + CertificatePdf.ISSUER);
            field.getFirstFormAnnotation().getWidget().setContents("Digital signature of " + CertificatePdf.ISSUER);
            PdfFormCreator.getAcroForm(pdf, true).addField(field);
        }
        return out.toByteArray();
    }
}
