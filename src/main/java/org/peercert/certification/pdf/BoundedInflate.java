package org.peercert.certification.pdf;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.filters.FlateDecodeFilter;
import com.itextpdf.kernel.pdf.filters.IFilterHandler;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * {@code /FlateDecode} that charges every inflated chunk to the check's budget, so a stream of zeros that
 * inflates a thousandfold stops at the limit instead of filling the heap. iText's own filter is unbounded for
 * the cross-reference stream (it has no document handler yet), and on a corrupt stream it inflates again one
 * byte per read, which made a bomb take 20 s; this one keeps what inflated before the damage, like iText.
 */
final class BoundedInflate implements IFilterHandler {

    private final CheckBudget budget;

    BoundedInflate(CheckBudget budget) {
        this.budget = budget;
    }

    @Override
    public byte[] decode(byte[] b, PdfName filterName, PdfObject decodeParams, PdfDictionary streamDictionary) {
        var inflater = new Inflater();
        var out = new ByteArrayOutputStream(Math.min(Math.max(b.length * 4, 64), budget.maxInflatedBytes() + 1));
        byte[] chunk = new byte[16 * 1024];
        try {
            inflater.setInput(b);
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                budget.inflated(n);
                out.write(chunk, 0, n);
            }
        } catch (DataFormatException damaged) {
            // keep what inflated so far, as iText's lenient reading does
        } finally {
            inflater.end();
        }
        return FlateDecodeFilter.decodePredictor(out.toByteArray(), decodeParams);
    }
}
