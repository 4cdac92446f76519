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

/**
 * A stamping document whose XMP comes from {@link CertificateXmp} (iText would parse and re-serialise it)
 * and whose streams are compressed by {@link PooledDeflaters}, optionally with iText's PDF/A checker
 * attached the way iText's own signer attaches it.
 */
final class CertificatePdfDocument extends PdfDocument {

    CertificatePdfDocument(PdfReader reader, PdfWriter writer, StampingProperties properties) {
        super(reader, writer, properties);
        getDiContainer().register(IStreamCompressionStrategy.class, PooledDeflaters.INSTANCE);
    }

    /** Attaches iText's PDF/A checker the way iText's own signer does for a PDF/A document. */
    void checkPdfA() {
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
