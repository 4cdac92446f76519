package org.peercert.certification.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfSigner;
import java.io.IOException;
import java.io.OutputStream;

/**
 * iText's signer opened on the certificate template: the certificate is drawn onto {@link #getDocument()} and
 * signed as the document is written, in one pass. The signer's own document would check PDF/A conformance of
 * every object, which the tests do ({@code checked}); production uses {@link CertificatePdfDocument}.
 */
final class TemplateSigner extends PdfSigner {

    private TemplateSigner(OutputStream out) throws IOException {
        super(CertificateTemplate.reader(), out, new StampingProperties());
    }

    static PdfSigner open(OutputStream out, boolean checked) throws IOException {
        return checked ? new PdfSigner(CertificateTemplate.reader(), out, new StampingProperties())
                : new TemplateSigner(out);
    }

    @Override
    protected PdfDocument initDocument(PdfReader reader, PdfWriter unused, StampingProperties properties) {
        temporaryOS = new UnsynchronizedBytes(96 * 1024);
        return new CertificatePdfDocument(reader, new PdfWriter(temporaryOS), properties);
    }

    /** A plain stamping document whose XMP comes from {@link CertificateXmp} rather than a parse and re-serialisation. */
    static final class CertificatePdfDocument extends PdfDocument {

        CertificatePdfDocument(PdfReader reader, PdfWriter writer, StampingProperties properties) {
            super(reader, writer, properties);
        }

        @Override
        protected void updateXmpMetadata() {
            setXmpMetadata(CertificateXmp.packet(getDocumentInfo()));
        }
    }
}
