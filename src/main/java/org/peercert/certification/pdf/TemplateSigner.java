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
 * signed as the document is written, in one pass. Its document is a {@link CertificatePdfDocument}.
 */
final class TemplateSigner {

    private TemplateSigner() {}

    /** {@code checked}: iText's PDF/A-2a checker inspects every object written (slow; the tests use it). */
    static PdfSigner open(OutputStream out, boolean checked) throws IOException {
        return checked ? new Checked(out) : new Unchecked(out);
    }

    private static final class Unchecked extends PdfSigner {

        Unchecked(OutputStream out) throws IOException {
            super(CertificateTemplate.reader(), out, new StampingProperties());
        }

        @Override
        protected PdfDocument initDocument(PdfReader reader, PdfWriter unused, StampingProperties properties) {
            temporaryOS = new UnsynchronizedBytes(96 * 1024);
            return new CertificatePdfDocument(reader, new PdfWriter(temporaryOS), properties);
        }
    }

    private static final class Checked extends PdfSigner {

        Checked(OutputStream out) throws IOException {
            super(CertificateTemplate.reader(), out, new StampingProperties());
        }

        @Override
        protected PdfDocument initDocument(PdfReader reader, PdfWriter writer, StampingProperties properties) {
            var document = new CertificatePdfDocument(reader, writer, properties);
            document.checkPdfA();
            return document;
        }
    }
}
