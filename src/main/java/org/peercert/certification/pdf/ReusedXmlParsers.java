package org.peercert.certification.pdf;

import com.itextpdf.kernel.utils.DefaultSafeXmlParserFactory;
import com.itextpdf.kernel.utils.XmlProcessorCreator;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * iText parses a PDF's XMP metadata twice per certificate (reading the template, updating it on close), each
 * time with a new JAXP factory found by a service lookup over the whole class path, then a new parser: in the
 * running app that was a sixth of a certificate's time. This keeps iText's safe configuration (no DTDs, no
 * external entities) but takes the JDK's built-in factory and reuses each thread's parser; iText parses with
 * them one document at a time.
 */
final class ReusedXmlParsers extends DefaultSafeXmlParserFactory {

    private static final ReusedXmlParsers INSTANCE = new ReusedXmlParsers();

    private final ThreadLocal<Map<Integer, DocumentBuilder>> builders = ThreadLocal.withInitial(HashMap::new);

    private ReusedXmlParsers() {}

    /** Installs it for every iText document in this JVM; idempotent. */
    static void install() {
        XmlProcessorCreator.setXmlParserFactory(INSTANCE);
    }

    @Override
    public DocumentBuilder createDocumentBuilderInstance(boolean namespaceAware, boolean ignoringComments) {
        int kind = (namespaceAware ? 1 : 0) | (ignoringComments ? 2 : 0);
        return builders.get().computeIfAbsent(kind, k -> super.createDocumentBuilderInstance(namespaceAware, ignoringComments));
    }

    @Override
    protected DocumentBuilderFactory createDocumentBuilderFactory() {
        return DocumentBuilderFactory.newDefaultInstance();
    }
}
