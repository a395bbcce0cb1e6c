package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.pekalongan.batikberlian.testing.FuzzBytes;
import id.pekalongan.batikberlian.testing.FuzzDriver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Any header row maps to a HeaderMapping without an exception: one column per cell up to the last non-blank one,
 * every recognised field at most once, unknown columns under distinct keys, and conflicts only for fields that are
 * mapped. Inputs are cells separated by {@link FuzzBytes#SEPARATOR}; the first byte picks the read options.
 */
class HeaderMatcherFuzzTest {

    private static final String S = String.valueOf((char) FuzzBytes.SEPARATOR);

    @FuzzTest(maxDuration = "60s")
    void map(byte[] data) {
        check(data);
    }

    @Test
    void tenThousandMutatedHeaderRows() {
        FuzzDriver driver = FuzzDriver.named("HeaderMatcher.map");
        driver.seed("\u0000NIK" + S + "Nama" + S + "Tgl Lahir" + S + "L/P" + S + "Pekerjaan" + S + "Kelurahan")
                .seed("\u0001No" + S + "NIK KTP" + S + "Nama Lengkap" + S + "Tempat/Tgl Lahir" + S + "JK" + S
                        + "Profesi" + S + "" + S + "Desa" + S + "Kec")
                .seed("\u0000NIK" + S + "NIK" + S + "Nama" + S + "Nama" + S + "Tgl Lahir (dd/mm/yyyy)" + S + S + S)
                .seed("\u0000#" + S + "nik" + S + "NAMA" + S + "  tanggal   lahir " + S + "Kolom A" + S + "Kolom A");
        for (Field field : Field.values()) {
            driver.token(field.aliases().toArray(String[]::new));
        }
        int runs = driver.token(S, " (wajib)", "[dd/mm/yyyy]", "\u00A0", "/", "No.", "#", "\uFEFF", "Kolom ")
                .run(8_003, 10_000, HeaderMatcherFuzzTest::check);
        assertThat(runs).isEqualTo(10_000);
    }

    private static void check(byte[] data) {
        FuzzBytes in = new FuzzBytes(data);
        ReadOptions options = new ReadOptions(in.nextBoolean());
        List<String> cells = new ArrayList<>();
        while (!in.exhausted()) {
            cells.add(in.nextString());
        }
        HeaderMapping mapping = HeaderMatcher.map(cells, 1, options);
        assertThat(mapping.columns().size()).isLessThanOrEqualTo(cells.size());
        Set<Field> fields = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (HeaderMapping.Column c : mapping.columns()) {
            if (c.role() == HeaderMapping.Role.FIELD) {
                assertThat(fields.add(c.field())).as("field %s mapped twice", c.field()).isTrue();
            }
            if (c.key() != null) {
                assertThat(keys.add(c.key())).as("unknown column key %s used twice", c.key()).isTrue();
            }
        }
        for (HeaderMapping.Column conflict : mapping.conflicts()) {
            assertThat(mapping.columnOf(conflict.field())).isPresent();
        }
        for (Field missing : mapping.missingRequired()) {
            assertThat(fields).doesNotContain(missing);
        }
    }
}
