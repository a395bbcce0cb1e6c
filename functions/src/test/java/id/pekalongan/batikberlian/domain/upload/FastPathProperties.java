package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The reader's shortcuts for the common case (plain dates by position, tidy cells kept as they are, lines cut from
 * the buffer in one copy, UTF-8 checked without decoding) give exactly what the general path gives.
 */
class FastPathProperties {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0]+");

    @Provide
    Arbitrary<String> numericDates() {
        Arbitrary<String> two = Arbitraries.strings().withChars("0123456789").ofLength(2);
        Arbitrary<String> four = Arbitraries.strings().withChars("0123456789").ofLength(4);
        Arbitrary<Character> sep = Arbitraries.of('/', '-', '.', ':');
        Arbitrary<String> dayFirst = net.jqwik.api.Combinators.combine(two, sep, two, sep, four)
                .as((d, s1, m, s2, y) -> d + s1 + m + s2 + y);
        Arbitrary<String> iso = net.jqwik.api.Combinators.combine(four, sep, two, sep, two)
                .as((y, s1, m, s2, d) -> y + s1 + m + s2 + d);
        return Arbitraries.oneOf(dayFirst, iso);
    }

    @Property(tries = 3000)
    void plainDatesReadAsThePatternsReadThem(@ForAll("numericDates") String text) {
        // The padded text cannot take the shortcut; cleaned, it is the same text.
        assertThat(DateParser.parse(text)).isEqualTo(DateParser.parse(" " + text + "\u00A0"));
    }

    @Property(tries = 500)
    void oneLetterSexCodesReadAsTheSpelledOutForms(@ForAll char letter) {
        String one = String.valueOf(letter);
        // Padded, the letter goes through the folding path.
        assertThat(SexParser.parse(one).getClass()).isEqualTo(SexParser.parse(" " + one + " ").getClass());
        if (SexParser.parse(one) instanceof ParsedValue.Valid<?> valid) {
            assertThat(SexParser.parse(" " + one + " ")).isEqualTo(valid);
        }
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars("ab Z9\t\u00A0\uFEFF\u2003é'-.\u0001").ofMinLength(0).ofMaxLength(12);
    }

    @Property(tries = 3000)
    void tidyCellsAreNormalisedToThemselves(@ForAll("cells") String text) {
        String general = SPACES.matcher(HeaderText.clean(text)).replaceAll(" ");
        assertThat(RowAssembler.normalise(Field.NAME, text)).isEqualTo(general);
        assertThat(RowAssembler.normalise(Field.NIK, text)).isEqualTo(HeaderText.clean(text));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab,\r\n\"").ofMinLength(0).ofMaxLength(40);
    }

    @Property(tries = 2000)
    void linesAreSplitAtLfCrlfAndCrWhateverTheBufferHolds(@ForAll("texts") String text,
                                                           @ForAll @IntRange(min = 0, max = 60) int padding,
                                                           @ForAll @IntRange(min = 1, max = 30) int maxChars,
                                                           @ForAll @IntRange(min = 1, max = 7) int chunk)
            throws IOException {
        String input = "x".repeat(padding) + text;
        // A decoder hands over characters in pieces of any size; lines and CRLF pairs must survive every cut.
        Reader pieces = new FilterReader(new StringReader(input)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, chunk));
            }
        };
        BoundedLineReader reader = new BoundedLineReader(pieces, padding + maxChars);
        List<String> lines = new ArrayList<>();
        for (LineSource.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line.tooLong() ? null : line.text());
        }
        assertThat(lines).isEqualTo(referenceLines(input, padding + maxChars));
    }

    /** Character by character, as the rule says: LF, CRLF or CR end a line; a longer line than the bound is null. */
    private static List<String> referenceLines(String input, int maxChars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = null;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (line == null) {
                line = new StringBuilder();
            }
            if (c == '\n' || c == '\r') {
                lines.add(line.length() > maxChars ? null : line.toString());
                line = null;
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                line.append(c);
            }
        }
        if (line != null) {
            lines.add(line.length() > maxChars ? null : line.toString());
        }
        return lines;
    }

    @Provide
    Arbitrary<String> records() {
        return Arbitraries.strings().withChars("ab ,;\t\r\n\"\u00E9\u0001").ofMinLength(0).ofMaxLength(60);
    }

    @Property(tries = 3000)
    void plainLinesSplitStraightFromTheBufferAsTheGeneralPathSplitsThem(
            @ForAll("records") String text, @ForAll @IntRange(min = 1, max = 70) int chunk,
            @ForAll @IntRange(min = 0, max = 4) int width, @ForAll boolean semicolon) throws IOException {
        char delimiter = semicolon ? ';' : ',';
        List<PhysicalRow> fast = records(text, chunk, width, delimiter, false);
        List<PhysicalRow> general = records(text, chunk, width, delimiter, true);
        assertThat(fast).hasSameSizeAs(general);
        for (int i = 0; i < fast.size(); i++) {
            PhysicalRow f = fast.get(i);
            PhysicalRow g = general.get(i);
            assertThat(f.rowNumber()).isEqualTo(g.rowNumber());
            assertThat(f.cells()).isEqualTo(g.cells());
            assertThat(f.problem()).isEqualTo(g.problem());
            if (f.tidy()) {
                // A row said to be tidy skips normalising: each of its cells must be what normalising gives.
                assertThat(f.cells()).allMatch(c -> c.text().isEmpty() || RowAssembler.isTidy(c.text()));
            }
        }
    }

    private static List<PhysicalRow> records(String text, int chunk, int width, char delimiter, boolean general)
            throws IOException {
        // Small pieces put line ends at every place in the buffer, so both paths take turns.
        Reader pieces = new FilterReader(new StringReader(text)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, chunk));
            }
        };
        return ByteLineReaderProperties.records(new BoundedLineReader(pieces, 50), delimiter, width, general);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 0x41, (byte) 0x80, (byte) 0xBF, (byte) 0x9F, (byte) 0xA0,
                (byte) 0x8F, (byte) 0x90, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0,
                (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF);
        return Arbitraries.oneOf(interesting, Arbitraries.bytes()).array(byte[].class).ofMaxSize(12);
    }

    @Property(tries = 5000)
    void utf8CheckAgreesWithTheStrictDecoder(@ForAll("bytes") byte[] bytes,
                                             @ForAll @IntRange(min = 0, max = 12) int cut) {
        int split = Math.min(cut, bytes.length);
        Utf8Check check = new Utf8Check();
        byte[] first = java.util.Arrays.copyOfRange(bytes, 0, split);
        byte[] second = java.util.Arrays.copyOfRange(bytes, split, bytes.length);
        boolean valid = check.feed(first, first.length) && check.feed(second, second.length) && check.complete();
        assertThat(valid).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(decodes(bytes));
    }

    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
