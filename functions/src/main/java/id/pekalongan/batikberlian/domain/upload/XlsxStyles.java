package id.pekalongan.batikberlian.domain.upload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which cell styles show a number as a date. Excel stores a date as a plain serial number; only the number format of
 * the cell's style (xl/styles.xml, cellXfs) says it is a date: built-in formats 14–22, or a custom format code that
 * uses day, month or year placeholders.
 */
final class XlsxStyles {

    static final XlsxStyles NONE = new XlsxStyles(new boolean[0]);

    private final boolean[] dateStyle;

    private XlsxStyles(boolean[] dateStyle) {
        this.dateStyle = dateStyle;
    }

    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && styleIndex < dateStyle.length && dateStyle[styleIndex];
    }

    static XlsxStyles read(XMLStreamReader xml) throws XMLStreamException {
        Map<Integer, String> customFormats = new HashMap<>();
        List<Integer> cellFormats = new ArrayList<>();
        boolean inCellXfs = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("numFmt")) {
                    Integer id = parseInt(Xml.attribute(xml, "numFmtId"));
                    String code = Xml.attribute(xml, "formatCode");
                    if (id != null && code != null) {
                        customFormats.put(id, code);
                    }
                } else if (name.equals("cellXfs")) {
                    inCellXfs = true;
                } else if (name.equals("xf") && inCellXfs) {
                    Integer id = parseInt(Xml.attribute(xml, "numFmtId"));
                    cellFormats.add(id == null ? 0 : id);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                inCellXfs = false;
            }
        }
        boolean[] dates = new boolean[cellFormats.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = cellFormats.get(i);
            dates[i] = isDateFormat(id, customFormats.get(id));
        }
        return new XlsxStyles(dates);
    }

    static boolean isDateFormat(int numFmtId, String formatCode) {
        if (numFmtId >= 14 && numFmtId <= 22) {
            return true;
        }
        if (formatCode == null) {
            return false;
        }
        String firstSection = placeholdersOnly(formatCode).split(";", -1)[0].toLowerCase(Locale.ROOT);
        if (firstSection.contains("general")) {
            return false;
        }
        boolean time = firstSection.contains("h") || firstSection.contains("s");
        return firstSection.contains("d") || firstSection.contains("y")
                || (firstSection.contains("m") && !time);
    }

    /** The format code without literal text: "quoted", [colour/locale], \escaped and _/* padding characters. */
    private static String placeholdersOnly(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int close = code.indexOf('"', i + 1);
                i = close < 0 ? code.length() : close;
            } else if (c == '[') {
                int close = code.indexOf(']', i + 1);
                i = close < 0 ? code.length() : close;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Integer parseInt(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
