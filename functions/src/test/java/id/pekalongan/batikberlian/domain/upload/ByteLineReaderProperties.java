package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
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
 * Lines found among the bytes and decoded one by one read exactly as the stream decoder reads the whole text, for
 * Windows-1252 and for well-formed UTF-8, wherever the reads cut the bytes; and records split straight from those
 * bytes are the records the general path makes.
 */
class ByteLineReaderProperties {

    /** ASCII with line ends, delimiters and quotes, Latin letters, a three-byte and a four-byte character. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab ,;\r\n\"\u00E9\u00FC\u20AC\u0001\t\uD83D\uDE00".toCharArray())
                .ofMinLength(0).ofMaxLength(60).filter(ByteLineReaderProperties::wholeSurrogates);
    }

    /** Every byte value, Windows-1252's five undefined ones included. */
    @Provide
    Arbitrary<byte[]> windows1252() {
        Arbitrary<Byte> frequent = Arbitraries.of((byte) '\n', (byte) '\r', (byte) ',', (byte) '"', (byte) 'a',
                (byte) 0x81, (byte) 0x8D, (byte) 0xE9, (byte) 0x80);
        return Arbitraries.oneOf(frequent, Arbitraries.bytes()).array(byte[].class).ofMaxSize(60);
    }

    @Property(tries = 3000)
    void utf8LinesReadAsTheStreamDecoderReadsThem(@ForAll("texts") String text,
                                                   @ForAll @IntRange(min = 1, max = 70) int chunk,
                                                   @ForAll @IntRange(min = 1, max = 25) int maxChars)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(lines(new ByteLineReader(pieces(bytes, chunk), StandardCharsets.UTF_8, maxChars)))
                .isEqualTo(lines(decoded(bytes, chunk, StandardCharsets.UTF_8, maxChars)));
    }

    @Property(tries = 3000)
    void windows1252LinesReadAsTheStreamDecoderReadsThem(@ForAll("windows1252") byte[] bytes,
                                                          @ForAll @IntRange(min = 1, max = 70) int chunk,
                                                          @ForAll @IntRange(min = 1, max = 25) int maxChars)
            throws IOException {
        assertThat(lines(new ByteLineReader(pieces(bytes, chunk), TextEncoding.WINDOWS_1252, maxChars)))
                .isEqualTo(lines(decoded(bytes, chunk, TextEncoding.WINDOWS_1252, maxChars)));
    }

    @Property(tries = 3000)
    void recordsSplitFromTheBytesAreTheGeneralPathsRecords(@ForAll("texts") String text,
                                                          @ForAll @IntRange(min = 1, max = 70) int chunk,
                                                          @ForAll @IntRange(min = 0, max = 4) int width,
                                                          @ForAll boolean semicolon) throws IOException {
        char delimiter = semicolon ? ';' : ',';
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<PhysicalRow> fast = records(new ByteLineReader(pieces(bytes, chunk), StandardCharsets.UTF_8, 50),
                delimiter, width, false);
        List<PhysicalRow> general = records(decoded(bytes, chunk, StandardCharsets.UTF_8, 50), delimiter, width,
                true);
        assertThat(fast).hasSameSizeAs(general);
        for (int i = 0; i < fast.size(); i++) {
            assertThat(fast.get(i).rowNumber()).isEqualTo(general.get(i).rowNumber());
            assertThat(fast.get(i).cells()).isEqualTo(general.get(i).cells());
            assertThat(fast.get(i).problem()).isEqualTo(general.get(i).problem());
            if (fast.get(i).tidy()) {
                assertThat(fast.get(i).cells()).allMatch(c -> c.text().isEmpty() || RowAssembler.isTidy(c.text()));
            }
        }
    }

    private static boolean wholeSurrogates(String text) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(text);
    }

    /** Reads of at most {@code chunk} bytes, so lines and characters are cut at every place. */
    private static InputStream pieces(byte[] bytes, int chunk) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, chunk));
            }
        };
    }

    private static BoundedLineReader decoded(byte[] bytes, int chunk, Charset charset, int maxChars) {
        return new BoundedLineReader(new InputStreamReader(pieces(bytes, chunk), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                maxChars);
    }

    private static List<String> lines(LineSource source) throws IOException {
        List<String> lines = new ArrayList<>();
        for (LineSource.Line line = source.next(); line != null; line = source.next()) {
            lines.add(line.tooLong() ? "<too long>" : line.text());
        }
        return lines;
    }

    /** Every record of the lines, through the one-pass split unless {@code general}. */
    static List<PhysicalRow> records(LineSource lines, char delimiter, int width, boolean general)
            throws IOException {
        CsvRecordReader reader = new CsvRecordReader(lines, () -> { }, delimiter, 1);
        reader.expectCells(width);
        if (general) {
            reader.generalPathOnly();
        }
        List<PhysicalRow> rows = new ArrayList<>();
        for (PhysicalRow row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }
}
