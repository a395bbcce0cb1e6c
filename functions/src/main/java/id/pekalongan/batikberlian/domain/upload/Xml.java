package id.pekalongan.batikberlian.domain.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX set up for untrusted input: no DTDs, no external entities, bounded size. */
final class Xml {

    private static final XMLInputFactory FACTORY = factory();

    private Xml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new Bounded(in, Limits.MAX_XLSX_PART_BYTES));
    }

    /**
     * The parse failure inside an unchecked wrapper: Woodstox defers some failures (a part whose compressed data
     * ends early, found while text is being read) and throws them unchecked. Null when there is none.
     */
    static XMLStreamException deferred(RuntimeException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof XMLStreamException x) {
                return x;
            }
        }
        return null;
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
