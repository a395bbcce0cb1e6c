package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFormatDetectionTest {

    @TempDir
    Path dir;

    /**
     * Each file holds the same two rows; the name has a non-ASCII letter (ë), and the header a comma inside quotes
     * that must not count as a delimiter.
     */
    @ParameterizedTest(name = "{0} bom={1} delimiter={2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            UTF-8        | false | ;   | UTF-8
            UTF-8        | false | ,   | UTF-8
            UTF-8        | false | TAB | UTF-8
            UTF-8        | true  | ;   | UTF-8
            UTF-8        | true  | ,   | UTF-8
            UTF-16LE     | true  | TAB | UTF-16LE
            UTF-16LE     | true  | ;   | UTF-16LE
            UTF-16BE     | true  | ,   | UTF-16BE
            windows-1252 | false | ;   | windows-1252
            windows-1252 | false | ,   | windows-1252
            """)
    void detectsEncodingAndDelimiter(String encoding, boolean bom, String delimiterName, String expectedCharset)
            throws Exception {
        char d = delimiterName.equals("TAB") ? '\t' : delimiterName.charAt(0);
        String text = String.join(String.valueOf(d), "NIK", "Nama", "\"Tempat, Tgl Lahir\"", "L/P", "Pekerjaan",
                "Kelurahan") + "\r\n"
                + String.join(String.valueOf(d), "3375011708750001", "Suryadi Sëno", "\"Pekalongan, 17-08-1975\"",
                "L", "Tukang becak", "Medono") + "\r\n";
        Charset charset = Charset.forName(encoding);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write("\uFEFF".getBytes(charset));
        }
        bytes.write(text.getBytes(charset));

        Uploads.Read read = Uploads.readAll(Uploads.write(dir, "data.csv", bytes.toByteArray()));

        assertThat(read.readable().format()).isEqualTo(SourceFormat.csv(Charset.forName(expectedCharset), d));
        assertThat(read.readable().header().columns().get(0).field()).isEqualTo(Field.NIK);
        assertThat(read.rows()).singleElement().satisfies(row -> {
            assertThat(row.value(Field.NAME)).contains("Suryadi Sëno");
            assertThat(row.value(Field.BIRTH_PLACE_DATE)).contains("Pekalongan, 17-08-1975");
            assertThat(row.problems()).isEmpty();
        });
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'NIK,Nama,Tgl Lahir'                 | ','
            'NIK;Nama;Tgl Lahir'                 | ';'
            'NIK;Nama;"Tempat, Tgl Lahir";L/P'   | ';'
            'NIK;"A;B;C;D",X,Y'                  | ','
            'NIK,Nama;Tgl'                       | ';'
            """)
    void picksTheMostFrequentDelimiterOutsideQuotes(String header, char expected) {
        assertThat(DelimiterDetector.detect(header)).contains(expected);
    }
}
