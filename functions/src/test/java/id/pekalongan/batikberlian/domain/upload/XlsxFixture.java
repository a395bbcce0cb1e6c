package id.pekalongan.batikberlian.domain.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds XLSX packages part by part, so tests control exactly what the XML says; a part too large to hold (a zip
 * bomb) is written as it is compressed.
 */
public final class XlsxFixture {

    public static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Map<String, Content> parts = new LinkedHashMap<>();

    /** A package with one sheet whose {@code <sheetData>} content is given. */
    public static XlsxFixture singleSheet(String sheetData, String sharedStrings, boolean date1904) {
        XlsxFixture fixture = new XlsxFixture();
        fixture.part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        fixture.part("_rels/.rels", rels("<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" "
                + "Target=\"xl/workbook.xml\"/>"));
        fixture.part("xl/workbook.xml", workbook(date1904, "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"));
        fixture.part("xl/_rels/workbook.xml.rels", rels(
                "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId8\" Type=\"" + REL_NS + "/sharedStrings\" "
                        + "Target=\"sharedStrings.xml\"/>"
                        + "<Relationship Id=\"rId9\" Type=\"" + REL_NS + "/styles\" Target=\"/xl/styles.xml\"/>"));
        fixture.part("xl/worksheets/sheet1.xml", sheet(sheetData));
        fixture.part("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS
                + "\">" + sharedStrings + "</sst>");
        fixture.part("xl/styles.xml", STYLES);
        return fixture;
    }

    /**
     * Style indexes: 0 General, 1 built-in date 14, 2 custom "dd/mm/yyyy" (164), 3 text "@" (49), 4 "0" number (1).
     * The cellStyleXfs block deliberately lists a date format first, which must not count.
     */
    public static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"49\"/><xf numFmtId=\"1\"/></cellXfs>"
            + "</styleSheet>";

    public static String rels(String relationships) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + relationships + "</Relationships>";
    }

    public static String workbook(boolean date1904, String sheets) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                + "\"><workbookPr" + (date1904 ? " date1904=\"1\"" : "") + "/><sheets>" + sheets
                + "</sheets></workbook>";
    }

    public static String sheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN_NS
                + "\" xmlns:r=\"" + REL_NS + "\"><dimension ref=\"A1:H9\"/><sheetData>" + sheetData
                + "</sheetData></worksheet>";
    }

    private record Text(String xml) implements Content {
        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
    }

    public XlsxFixture part(String name, String xml) {
        parts.put(name, new Text(xml));
        return this;
    }

    /** The text of a part given with {@link #part}. */
    public String text(String name) {
        if (!(parts.get(name) instanceof Text text)) {
            throw new IllegalArgumentException("no text part " + name);
        }
        return text.xml();
    }

    /** A part of {@code head}, then {@code unit} written {@code times} times, then {@code tail}; never held whole. */
    public XlsxFixture repeatedPart(String name, String head, String unit, long times, String tail) {
        byte[] one = unit.getBytes(StandardCharsets.UTF_8);
        int perChunk = Math.max(1, (1 << 16) / one.length);
        byte[] chunk = unit.repeat(perChunk).getBytes(StandardCharsets.UTF_8);
        parts.put(name, out -> {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            // Large writes: the deflater is slow when called once a unit.
            for (long i = 0; i < times / perChunk; i++) {
                out.write(chunk);
            }
            for (long i = 0; i < times % perChunk; i++) {
                out.write(one);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        });
        return this;
    }

    /**
     * The part given with {@link #part} with {@code doctype} after its XML declaration and {@code reference} just
     * before its root element closes, where a parser that expanded entities would put their text.
     */
    public XlsxFixture withDoctype(String name, String doctype, String reference) {
        String xml = text(name);
        int rootEnd = xml.lastIndexOf("</");
        String referenced = xml.substring(0, rootEnd) + reference + xml.substring(rootEnd);
        int afterDeclaration = referenced.indexOf("?>") + 2;
        return part(name, referenced.substring(0, afterDeclaration) + doctype + referenced.substring(afterDeclaration));
    }

    /** Rewrites the central directory's uncompressed size of a part, as a forged zip would; returns the zip. */
    public static byte[] declareUncompressedSize(byte[] zip, String part, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = part.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (b.getInt(i) == 0x02014b50 && b.getShort(i + 28) == name.length
                    && new String(zip, i + 46, name.length, StandardCharsets.UTF_8).equals(part)) {
                b.putInt(i + 24, size);
                return zip;
            }
        }
        throw new IllegalStateException("no central directory entry for " + part);
    }

    public XlsxFixture without(String name) {
        parts.remove(name);
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, Content> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().writeTo(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
