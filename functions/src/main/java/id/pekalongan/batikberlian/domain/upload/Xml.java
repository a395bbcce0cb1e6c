package id.pekalongan.batikberlian.domain.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX set up for untrusted workbook XML, on the JDK's own parser: no DTD read or fetched, no entity expanded, a
 * bounded depth and size, and a part that declares a DOCTYPE at all refused.
 *
 * <p>The JDK's parser is named, not looked up: {@code XMLInputFactory.newFactory()} takes whichever StAX
 * implementation the classpath offers, which is Woodstox in the tests and the local stack (it comes with S3Proxy) but
 * the JDK's in the Lambda package, which carries none. Naming it makes the tested parser the deployed one.
 */
final class Xml {

    /**
     * Far deeper than any workbook part nests (a worksheet's extension lists reach about ten), far shallower than a
     * file built to make the parser's element stack grow.
     */
    static final int MAX_ELEMENT_DEPTH = 100;

    private static final XMLInputFactory FACTORY = newFactory();

    private Xml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // Without a DTD no entity is declared, so none can expand; these limits are a second wall should a DTD ever
        // get through (a limit of 0 means none, hence 1). The general and total entity size limits keep the JDK's
        // defaults: the JDK counts the text of &amp; and character references in the document itself against them,
        // so a small value there refuses ordinary cells.
        factory.setProperty("jdk.xml.entityExpansionLimit", "1");
        factory.setProperty("jdk.xml.maxParameterEntitySizeLimit", "1");
        factory.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
        return factory;
    }

    /** The factory every workbook part is read with. */
    static XMLInputFactory factory() {
        return FACTORY;
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return new NoDoctype(FACTORY.createXMLStreamReader(new Bounded(in, Limits.MAX_XLSX_PART_BYTES)));
    }

    /** An attribute by local name, whatever its namespace; null when absent. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An attribute by local name in any non-default namespace (r:id in relationship-namespaced attributes). */
    static String namespacedAttribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            if (ns != null && !ns.isEmpty() && xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * A DOCTYPE in a package part. The Open Packaging Conventions forbid DTDs in package parts and tell readers to
     * treat one as an error (ECMA-376 Part 2, M1.18): no spreadsheet program writes one, so it is a crafted file.
     */
    static final class DoctypeException extends XMLStreamException {
        DoctypeException() {
            super("DOCTYPE declaration in a package part");
        }
    }

    /** Refuses the DTD event, which the parser reports (without reading the DTD) before the root element. */
    private static final class NoDoctype extends StreamReaderDelegate {
        NoDoctype(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD) {
                throw new DoctypeException();
            }
            return event;
        }
    }

    /** Thrown when a part inflates beyond {@link Limits#MAX_XLSX_PART_BYTES}. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("XLSX part larger than " + Limits.MAX_XLSX_PART_BYTES + " bytes");
        }
    }

    private static final class Bounded extends FilterInputStream {
        private long remaining;

        Bounded(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw new TooLargeException();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw new TooLargeException();
                }
            }
            return n;
        }
    }
}
