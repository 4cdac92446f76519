package org.peercert.certification.pdf;

import com.itextpdf.io.source.IFinishable;
import com.itextpdf.kernel.pdf.IStreamCompressionStrategy;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Flate compression as iText does it, but on pooled {@link Deflater}s: iText makes a new one for every
 * stream of a PDF (a dozen per certificate), and each new zlib state is a quarter-megabyte allocated and zeroed.
 * Registered per document in its dependency container, where iText looks its compression strategy up.
 */
final class PooledDeflaters implements IStreamCompressionStrategy {

    static final PooledDeflaters INSTANCE = new PooledDeflaters();

    private final Pool<Deflater> deflaters = new Pool<>(Deflater::new, 16);

    private PooledDeflaters() {}

    @Override
    public PdfName getFilterName() {
        return PdfName.FlateDecode;
    }

    @Override
    public PdfObject getDecodeParams() {
        return null;
    }

    @Override
    public OutputStream createNewOutputStream(OutputStream original, PdfStream stream) {
        Deflater deflater = deflaters.borrow();
        deflater.setLevel(stream.getCompressionLevel());
        return new Stream(original, deflater);
    }

    /** iText calls {@link #finish()} once the stream's bytes are written; the deflater then goes back. */
    private final class Stream extends DeflaterOutputStream implements IFinishable {

        Stream(OutputStream out, Deflater deflater) {
            super(out, deflater, 8192);
        }

        @Override
        public void finish() throws IOException {
            super.finish();
            def.reset();
            if (!deflaters.giveBack(def)) {
                def.end();
            }
        }
    }
}
