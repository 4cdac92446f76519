package org.peercert.certification.pdf;

import com.itextpdf.kernel.utils.DefaultSafeXmlParserFactory;
import com.itextpdf.kernel.utils.XmlProcessorCreator;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * iText parses XMP metadata (of an uploaded certificate, for instance) with a new JAXP factory each time,
 * found by a service lookup over the whole class path; in the running app that lookup cost more than the
 * parse. This keeps iText's safe configuration (no DTDs, no external entities) and takes the JDK's built-in
 * factory directly.
 */
final class BuiltinXmlParsers extends DefaultSafeXmlParserFactory {

    private static final BuiltinXmlParsers INSTANCE = new BuiltinXmlParsers();

    private BuiltinXmlParsers() {}

    /** Installs it for every iText document in this JVM; idempotent. */
    static void install() {
        XmlProcessorCreator.setXmlParserFactory(INSTANCE);
    }

    @Override
    protected DocumentBuilderFactory createDocumentBuilderFactory() {
        return DocumentBuilderFactory.newDefaultInstance();
    }
}
