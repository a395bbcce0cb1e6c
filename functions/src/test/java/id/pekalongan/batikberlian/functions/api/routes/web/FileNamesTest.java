package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pekalongan.batikberlian.functions.api.ApiError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "data pekerja (revisi).csv        | data-pekerja-revisi.csv",
            "C:\\Users\\lurah\\Kauman.XLSX     | Kauman.xlsx",
            "../../etc/passwd.csv             | passwd.csv",
            "daftar pekerja rentan 2024.csv   | daftar-pekerja-rentan-2024.csv",
            ".hidden.csv                      | hidden.csv",
            "Pekerja Kelurahan Degayu—2.csv   | Pekerja-Kelurahan-Degayu-2.csv",
            "((x)).csv                         | x.csv",
    })
    void namesBecomeSafeKeys(String raw, String safe) {
        assertThat(FileNames.sanitise(raw)).isEqualTo(safe);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "laporan.pdf      | FILE_TYPE_UNSUPPORTED",
            "tanpa-ekstensi   | FILE_TYPE_UNSUPPORTED",
            "'   '            | FILE_NAME_REQUIRED",
    })
    void otherFilesAreRefused(String raw, String code) {
        assertThatThrownBy(() -> FileNames.sanitise(raw)).isInstanceOf(ApiError.class)
                .extracting(e -> ((ApiError) e).code()).isEqualTo(code);
    }

    @org.junit.jupiter.api.Test
    void longNamesKeepTheirExtension() {
        String name = FileNames.sanitise("a".repeat(300) + ".csv");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".csv");
    }
}
