package id.pekalongan.batikberlian.domain.upload;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams {@code <row>} elements of a worksheet one at a time. Cells are placed by their {@code r} reference, so
 * skipped empty cells keep every later cell in its column; a missing reference means "the next column" (and for rows,
 * "the next row"), as the format allows.
 *
 * <p>Rendering: shared and inline strings as text (rich-text runs joined, phonetic guides dropped); booleans as
 * TRUE/FALSE; errors as their code (#N/A); numbers with a date style as ISO {@code yyyy-MM-dd}; other numbers as the
 * plain decimal of the stored value ("3375011708750000", never "3.37501E+15"), marked numeric. A formula cell gives its
 * cached result.
 */
final class XlsxSheetReader implements RowSource {

    private final InputStream in;
    private final XMLStreamReader xml;
    private final XlsxWorkbook workbook;
    private final String part;
    private int lastRowNumber;

    XlsxSheetReader(InputStream in, XlsxWorkbook workbook, String part) throws XlsxException {
        this.in = in;
        this.workbook = workbook;
        this.part = part;
        try {
            this.xml = Xml.reader(in);
        } catch (XMLStreamException e) {
            throw XlsxWorkbook.failure(part, e);
        }
    }

    @Override
    public PhysicalRow next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    return row();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            XlsxException failure = XlsxWorkbook.failure(part, e);
            throw new UploadReadException(failure.code(), failure.getMessage(), e);
        }
    }

    private PhysicalRow row() throws XMLStreamException {
        Integer declared = positiveInt(Xml.attribute(xml, "r"));
        int rowNumber = declared != null ? declared : lastRowNumber + 1;
        if (rowNumber <= lastRowNumber) {
            throw invalid("baris " + rowNumber + " muncul tidak berurutan");
        }
        lastRowNumber = rowNumber;
        List<SheetCell> cells = new ArrayList<>();
        long totalChars = 0;
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = Xml.attribute(xml, "r");
                int column = ref == null ? nextColumn : column(ref);
                if (column < nextColumn || column >= Limits.MAX_XLSX_COLUMNS) {
                    throw invalid("sel " + ref + " di baris " + rowNumber + " tidak berurutan");
                }
                SheetCell cell = cell(rowNumber);
                nextColumn = column + 1;
                if (!cell.text().isEmpty()) {
                    totalChars += cell.text().length();
                    // Past the limit the row is refused whole, so its cells need not be kept: a row of thousands of
                    // long cells is read to its end without being held.
                    if (totalChars <= Limits.MAX_RECORD_CHARS) {
                        while (cells.size() < column) {
                            cells.add(SheetCell.EMPTY);
                        }
                        cells.add(cell);
                    }
                }
            }
        }
        if (totalChars > Limits.MAX_RECORD_CHARS) {
            return PhysicalRow.problem(rowNumber, new RowProblem(ReasonCode.ROW_TOO_LONG, null,
                    "Baris " + rowNumber + " lebih panjang dari " + Limits.MAX_RECORD_CHARS
                            + " karakter dan tidak dibaca"));
        }
        return PhysicalRow.of(rowNumber, cells, null);
    }

    /** Reads one {@code <c>} element to its end. */
    private SheetCell cell(int rowNumber) throws XMLStreamException {
        String type = Xml.attribute(xml, "t");
        Integer style = positiveOrZero(Xml.attribute(xml, "s"));
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        boolean inValue = false;
        boolean inInlineText = false;
        int inlineDepth = 0;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> inValue = true;
                    case "is" -> inlineDepth++;
                    case "rPh" -> phonetic++;
                    case "t" -> inInlineText = inlineDepth > 0 && phonetic == 0;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "c" -> {
                        return render(type, style, value.toString(), inline.toString(), rowNumber);
                    }
                    case "v" -> inValue = false;
                    case "is" -> inlineDepth--;
                    case "rPh" -> phonetic--;
                    case "t" -> inInlineText = false;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                StringBuilder target = inValue ? value : inInlineText ? inline : null;
                if (target != null && target.length() <= Limits.MAX_RECORD_CHARS) {
                    target.append(xml.getText());
                }
            }
        }
        throw invalid("sel di baris " + rowNumber + " tidak ditutup");
    }

    private SheetCell render(String type, Integer style, String value, String inline, int rowNumber)
            throws XMLStreamException {
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                Integer index = positiveOrZero(value.strip());
                String text = index == null ? null : workbook.sharedString(index);
                if (text == null) {
                    throw invalid("teks sel di baris " + rowNumber + " merujuk ke daftar teks yang tidak ada");
                }
                return SheetCell.text(text);
            }
            case "inlineStr" -> {
                return SheetCell.text(inline);
            }
            case "str", "e" -> {
                return SheetCell.text(value);
            }
            case "b" -> {
                String v = value.strip();
                return SheetCell.text(v.isEmpty() ? "" : "1".equals(v) || "true".equalsIgnoreCase(v) ? "TRUE" : "FALSE");
            }
            case "d" -> {
                String v = value.strip();
                return new SheetCell(v.length() >= 10 ? v.substring(0, 10) : v, true);
            }
            default -> {
                return number(value.strip(), style);
            }
        }
    }

    private SheetCell number(String value, Integer style) {
        if (value.isEmpty()) {
            return SheetCell.EMPTY;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return new SheetCell(value, true);
        }
        if (style != null && workbook.styles().isDate(style)) {
            var date = ExcelDates.toDate(number.doubleValue(), workbook.date1904());
            if (date.isPresent()) {
                return new SheetCell(date.get().toString(), true);
            }
        }
        String plain = number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        return new SheetCell(plain, true);
    }

    /** Zero-based column of a reference like "AB12". */
    static int column(String reference) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            letters++;
            if (column > Limits.MAX_XLSX_COLUMNS) {
                return Limits.MAX_XLSX_COLUMNS;
            }
        }
        return letters == 0 ? -1 : column - 1;
    }

    private static XMLStreamException invalid(String what) {
        return new XMLStreamException("Isi lembar kerja tidak sah: " + what);
    }

    private static Integer positiveInt(String text) {
        Integer value = positiveOrZero(text);
        return value == null || value == 0 ? null : value;
    }

    private static Integer positiveOrZero(String text) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing the reader only releases parser state; the stream below is what holds the file.
        }
        in.close();
    }
}
