package id.pekalongan.batikberlian.domain.upload;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an XLSX package needed to read its first sheet: the package relationships lead to the workbook, the
 * workbook lists sheets in tab order and its relationships lead to the first sheet's part, the shared string table and
 * the styles.
 */
final class XlsxWorkbook implements Closeable {

    private final ZipFile zip;
    private final String sheetPart;
    private final List<String> sharedStrings;
    private final XlsxStyles styles;
    private final boolean date1904;

    private XlsxWorkbook(ZipFile zip, String sheetPart, List<String> sharedStrings, XlsxStyles styles,
                         boolean date1904) {
        this.zip = zip;
        this.sheetPart = sheetPart;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    static XlsxWorkbook open(Path file) throws XlsxException, IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new XlsxException(ReasonCode.XLSX_INVALID, "Berkas ZIP/Excel rusak dan tidak dapat dibuka", e);
        }
        try {
            return read(zip);
        } catch (XlsxException | IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static XlsxWorkbook read(ZipFile zip) throws XlsxException, IOException {
        String workbookPart = "xl/workbook.xml";
        Map<String, String> packageRels = relationships(zip, "_rels/.rels").byType;
        if (packageRels.containsKey("officeDocument")) {
            workbookPart = resolve("", packageRels.get("officeDocument"));
        }
        if (zip.getEntry(workbookPart) == null) {
            throw new XlsxException(ReasonCode.XLSX_INVALID,
                    "Berkas ZIP ini bukan buku kerja Excel (.xlsx): tidak ada daftar lembar kerja");
        }
        String[] firstSheet = {null};
        boolean[] date1904 = {false};
        parse(zip, workbookPart, xml -> {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String flag = Xml.attribute(xml, "date1904");
                    date1904[0] = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                } else if (xml.getLocalName().equals("sheet") && firstSheet[0] == null) {
                    firstSheet[0] = Xml.namespacedAttribute(xml, "id");
                }
            }
        });
        if (firstSheet[0] == null) {
            throw new XlsxException(ReasonCode.XLSX_INVALID, "Buku kerja Excel tidak memiliki lembar kerja");
        }
        String dir = workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
        Rels rels = relationships(zip, dir + "_rels/" + workbookPart.substring(dir.length()) + ".rels");
        String sheetTarget = rels.byId.get(firstSheet[0]);
        if (sheetTarget == null) {
            throw new XlsxException(ReasonCode.XLSX_INVALID, "Lembar kerja pertama tidak ditemukan di dalam berkas");
        }
        String sheetPart = resolve(dir, sheetTarget);
        if (zip.getEntry(sheetPart) == null) {
            throw new XlsxException(ReasonCode.XLSX_INVALID, "Lembar kerja pertama tidak ditemukan di dalam berkas");
        }
        List<String> strings = rels.byType.containsKey("sharedStrings")
                ? sharedStrings(zip, resolve(dir, rels.byType.get("sharedStrings")))
                : sharedStrings(zip, dir + "sharedStrings.xml");
        String stylesPart = rels.byType.containsKey("styles")
                ? resolve(dir, rels.byType.get("styles")) : dir + "styles.xml";
        XlsxStyles[] styles = {XlsxStyles.NONE};
        if (zip.getEntry(stylesPart) != null) {
            parse(zip, stylesPart, xml -> styles[0] = XlsxStyles.read(xml));
        }
        return new XlsxWorkbook(zip, sheetPart, strings, styles[0], date1904[0]);
    }

    /** Streams the rows of the first sheet. */
    RowSource rows() throws XlsxException, IOException {
        return new XlsxSheetReader(open(zip, sheetPart), this, sheetPart);
    }

    String sharedString(int index) {
        return index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : null;
    }

    XlsxStyles styles() {
        return styles;
    }

    boolean date1904() {
        return date1904;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static List<String> sharedStrings(ZipFile zip, String part) throws XlsxException, IOException {
        List<String> strings = new ArrayList<>();
        if (zip.getEntry(part) == null) {
            return strings;
        }
        long[] total = {0};
        parse(zip, part, xml -> {
            StringBuilder text = null;
            int phonetic = 0;
            boolean inText = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> inText = phonetic == 0 && text != null;
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> {
                            if (text != null) {
                                total[0] += text.length() + Limits.SHARED_STRING_ENTRY_CHARS;
                                if (total[0] > Limits.MAX_SHARED_STRING_CHARS) {
                                    throw new XMLStreamException(new Xml.TooLargeException());
                                }
                                strings.add(text.isEmpty() ? "" : text.toString());
                            }
                            text = null;
                        }
                        case "rPh" -> phonetic--;
                        case "t" -> inText = false;
                        default -> { }
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    // Counted as it grows: one string the size of the whole table must not be held first.
                    if (total[0] + text.length() + xml.getTextLength() > Limits.MAX_SHARED_STRING_CHARS) {
                        throw new XMLStreamException(new Xml.TooLargeException());
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
        });
        return strings;
    }

    private record Rels(Map<String, String> byId, Map<String, String> byType) {
    }

    /** Relationship targets by id and by the last segment of their type URI (officeDocument, styles, ...). */
    private static Rels relationships(ZipFile zip, String part) throws XlsxException, IOException {
        Map<String, String> byId = new HashMap<>();
        Map<String, String> byType = new HashMap<>();
        if (zip.getEntry(part) != null) {
            parse(zip, part, xml -> {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT
                            && xml.getLocalName().equals("Relationship")) {
                        String id = Xml.attribute(xml, "Id");
                        String type = Xml.attribute(xml, "Type");
                        String target = Xml.attribute(xml, "Target");
                        if (target == null || "External".equals(Xml.attribute(xml, "TargetMode"))) {
                            continue;
                        }
                        if (id != null) {
                            byId.put(id, target);
                        }
                        if (type != null) {
                            byType.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), target);
                        }
                    }
                }
            });
        }
        return new Rels(byId, byType);
    }

    /** A relationship target relative to {@code dir}, or absolute from the package root; ".." segments resolved. */
    static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    interface XmlWork {
        void read(XMLStreamReader xml) throws XMLStreamException;
    }

    private static void parse(ZipFile zip, String part, XmlWork work) throws XlsxException, IOException {
        try (InputStream in = open(zip, part)) {
            XMLStreamReader xml = Xml.reader(in);
            try {
                work.read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw failure(part, e);
        } catch (ZipException e) {
            throw new XlsxException(ReasonCode.XLSX_INVALID, "Bagian " + part + " dari berkas Excel rusak", e);
        }
    }

    static InputStream open(ZipFile zip, String part) throws XlsxException, IOException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new XlsxException(ReasonCode.XLSX_INVALID, "Bagian " + part + " tidak ada di dalam berkas Excel");
        }
        return zip.getInputStream(entry);
    }

    static XlsxException failure(String part, Exception e) {
        if (e instanceof Xml.DoctypeException) {
            return new XlsxException(ReasonCode.XLSX_INVALID, "Berkas Excel ditolak: bagian " + part
                    + " memuat deklarasi DOCTYPE/ENTITY, yang tidak pernah ditulis Excel maupun program lembar kerja"
                    + " lain; simpan ulang berkas dari Excel lalu unggah lagi", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Xml.TooLargeException) {
                return new XlsxException(ReasonCode.XLSX_TOO_LARGE, "Berkas Excel terlalu besar untuk dibaca", e);
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof Xml.TooLargeException) {
                return new XlsxException(ReasonCode.XLSX_TOO_LARGE, "Berkas Excel terlalu besar untuk dibaca", e);
            }
        }
        return new XlsxException(ReasonCode.XLSX_INVALID, "Isi berkas Excel rusak (" + part + ")", e);
    }
}
