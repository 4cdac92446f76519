package org.peercert.certification.pdf;

import com.itextpdf.kernel.pdf.IStreamCompressionStrategy;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.validation.ValidationContainer;
import com.itextpdf.pdfa.PdfADefaultFontStrategy;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.pdfa.PdfAPageFactory;
import com.itextpdf.pdfa.checker.PdfAChecker;
import com.itextpdf.signatures.PdfSigner;
import java.io.IOException;
import java.io.OutputStream;

/**
 * iText's signer opened on the certificate template: the certificate is drawn onto {@link #getDocument()} and
 * signed as the document is written, in one pass. Its document is a {@link CertificatePdfDocument}.
 */
final class TemplateSigner {

    private TemplateSigner() {}

    /** {@code checked}: iText's PDF/A-2b checker inspects every object written (slow; the tests use it). */
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
            document.check();
            return document;
        }
    }

    /**
     * A stamping document whose XMP comes from {@link CertificateXmp} (iText would parse and re-serialise it)
     * and whose streams are compressed by {@link PooledDeflaters}, optionally with iText's PDF/A checker
     * attached the way iText's own signer attaches it.
     */
    static final class CertificatePdfDocument extends PdfDocument {

        CertificatePdfDocument(PdfReader reader, PdfWriter writer, StampingProperties properties) {
            super(reader, writer, properties);
            getDiContainer().register(IStreamCompressionStrategy.class, PooledDeflaters.INSTANCE);
        }

        private void check() {
            PdfAChecker checker = PdfADocument.getCorrectCheckerFromConformance(getConformance().getAConformance());
            var validation = new ValidationContainer();
            validation.addChecker(checker);
            getDiContainer().register(ValidationContainer.class, validation);
            pdfPageFactory = new PdfAPageFactory(checker);
            defaultFontStrategy = new PdfADefaultFontStrategy(this);
            setFlushUnusedObjects(true);
        }

        /** Straight into the catalog: iText's own setter would parse the packet it is given. */
        @Override
        protected void updateXmpMetadata() {
            var xmp = new PdfStream(CertificateXmp.packet(getDocumentInfo()));
            xmp.put(PdfName.Type, PdfName.Metadata);
            xmp.put(PdfName.Subtype, PdfName.XML);
            getCatalog().put(PdfName.Metadata, xmp.makeIndirect(this));
        }
    }
}
