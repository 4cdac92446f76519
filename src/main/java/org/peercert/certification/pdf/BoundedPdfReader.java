package org.peercert.certification.pdf;

import com.itextpdf.io.source.IRandomAccessSource;
import com.itextpdf.io.source.RandomAccessSourceFactory;
import com.itextpdf.kernel.exceptions.MemoryLimitsAwareException;
import com.itextpdf.kernel.pdf.MemoryLimitsAwareHandler;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.ReaderProperties;
import com.itextpdf.kernel.pdf.filters.FilterHandlers;
import com.itextpdf.kernel.pdf.filters.IFilterHandler;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A reader for files from strangers: every read checks the time budget, every stream inflates within the
 * byte budget, and the cross-reference table may not claim more entries than a real certificate could use.
 */
final class BoundedPdfReader extends PdfReader {

    /** iText's own floor; the table is allocated at the size a file claims, before anything is checked. */
    private static final int MAX_XREF_ENTRIES = 500_000;

    private final Map<PdfName, IFilterHandler> filters;

    BoundedPdfReader(byte[] file, CheckBudget budget) throws IOException {
        super(new TimedSource(new RandomAccessSourceFactory().createSource(file), budget),
                new ReaderProperties().setMemoryLimitsAwareHandler(new AlwaysBounded(budget.maxInflatedBytes())));
        var bounded = new HashMap<>(FilterHandlers.getDefaultFilterHandlers());
        var inflate = new BoundedInflate(budget);
        bounded.put(PdfName.FlateDecode, inflate);
        bounded.put(PdfName.Fl, inflate);
        this.filters = Map.copyOf(bounded);
    }

    @Override
    public byte[] readStreamBytes(PdfStream stream, boolean decode) throws IOException {
        byte[] raw = readStreamBytesRaw(stream);
        if (!decode || raw == null) {
            return raw;
        }
        // iText bounds other filters only for streams of the document (with an indirect reference); the
        // cross-reference stream is read before that, so it gets only the filter bounded here
        if (stream.getIndirectReference() == null && !onlyFlate(stream.get(PdfName.Filter))) {
            throw new MemoryLimitsAwareException("a cross-reference stream may only use /FlateDecode");
        }
        return decodeBytes(raw, stream, filters);
    }

    private static boolean onlyFlate(PdfObject filter) {
        if (filter == null) {
            return true;
        }
        if (filter instanceof PdfArray array) {
            return array.size() == 1 && onlyFlate(array.get(0));
        }
        return PdfName.FlateDecode.equals(filter) || PdfName.Fl.equals(filter);
    }

    /** iText applies its stream limits only to doubly filtered streams by default: here to all of them. */
    private static final class AlwaysBounded extends MemoryLimitsAwareHandler {

        AlwaysBounded(int maxInflatedBytes) {
            setMaxSizeOfSingleDecompressedPdfStream(maxInflatedBytes);
            setMaxSizeOfDecompressedPdfStreamsSum(maxInflatedBytes);
            setMaxNumberOfElementsInXrefStructure(MAX_XREF_ENTRIES);
        }

        @Override
        public boolean isMemoryLimitsAwarenessRequiredOnDecompression(PdfArray filters) {
            return true;
        }

        @Override
        public MemoryLimitsAwareHandler createNewInstance() {
            return new AlwaysBounded(getMaxSizeOfSingleDecompressedPdfStream());
        }
    }

    /** Checks the clock on every bulk read and every 1024th single-byte read (the tokenizer's hot path). */
    private static final class TimedSource implements IRandomAccessSource {

        private final IRandomAccessSource source;
        private final CheckBudget budget;
        private int reads;

        TimedSource(IRandomAccessSource source, CheckBudget budget) {
            this.source = source;
            this.budget = budget;
        }

        @Override
        public int get(long position) throws IOException {
            if ((++reads & 1023) == 0) {
                budget.checkTime();
            }
            return source.get(position);
        }

        @Override
        public int get(long position, byte[] bytes, int off, int len) throws IOException {
            budget.checkTime();
            return source.get(position, bytes, off, len);
        }

        @Override
        public long length() {
            return source.length();
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
