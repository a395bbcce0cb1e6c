package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderMatcherTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NIK                          | NIK
            No. NIK                      | NIK
            No NIK                       | NIK
            nomor induk kependudukan     | NIK
            NIK KTP                      | NIK
            Nama                         | NAME
            NAMA LENGKAP                 | NAME
            Name                         | NAME
            Tgl Lahir                    | BIRTH_DATE
            Tanggal Lahir                | BIRTH_DATE
            Tgl. Lahir                   | BIRTH_DATE
            Date of Birth                | BIRTH_DATE
            Tanggal Lahir (dd/mm/yyyy)   | BIRTH_DATE
            Tempat Lahir                 | BIRTH_PLACE
            Tempat/Tgl Lahir             | BIRTH_PLACE_DATE
            Tempat, Tanggal Lahir        | BIRTH_PLACE_DATE
            TTL                          | BIRTH_PLACE_DATE
            L/P                          | SEX
            JK                           | SEX
            Jenis  Kelamin               | SEX
            Sex                          | SEX
            Gender                       | SEX
            Pekerjaan                    | OCCUPATION
            Jenis Pekerjaan              | OCCUPATION
            Occupation                   | OCCUPATION
            Kelurahan                    | KELURAHAN
            Desa                         | KELURAHAN
            Kel/Desa                     | KELURAHAN
            Desa/Kelurahan               | KELURAHAN
            Kecamatan                    | KECAMATAN
            RT                           | RT
            rw                           | RW
            Alamat                       | ADDRESS
            No HP                        | PHONE
            No. HP                       | PHONE
            Nomor HP                     | PHONE
            Telepon                      | PHONE
            HP                           | PHONE
            Desil                        | DESIL
            DTKS                         | DTKS
            P3KE                         | P3KE
            Disabilitas                  | DISABILITY
            Penyandang Disabilitas       | DISABILITY
            Tulang Punggung              | BREADWINNER
            Kepala Keluarga              | BREADWINNER
            NIK*                         | NIK
            ' nama_lengkap '             | NAME
            """)
    void recognisesHeaderVariants(String header, Field expected) {
        assertThat(HeaderMatcher.fieldFor(header)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not a field")
    @ValueSource(strings = {"Nama Ibu Kandung", "Keterangan", "No", "Email", "Tanggal Daftar"})
    void leavesOtherHeadersUnrecognised(String header) {
        assertThat(HeaderMatcher.fieldFor(header)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is a row-number column")
    @ValueSource(strings = {"No", "No.", "NO", "Nomor", "No Urut", "#"})
    void ignoresRowNumberColumn(String header) {
        HeaderMapping mapping = map(header, "NIK", "Nama", "Tgl Lahir", "L/P", "Pekerjaan", "Kelurahan");
        assertThat(mapping.columns().get(0).role()).isEqualTo(HeaderMapping.Role.ROW_NUMBER);
        assertThat(mapping.unknownColumns()).isEmpty();
        assertThat(mapping.acceptable()).isTrue();
    }

    @Test
    void listsUnknownColumnsOnceWithBlankHeadersNamedByLetterAndTrailingBlanksDropped() {
        HeaderMapping mapping = map("NIK", "Nama", "", "TTL", "L/P", "Pekerjaan", "Desa", "Keterangan", "Keterangan",
                "", "");
        assertThat(mapping.width()).isEqualTo(9);
        assertThat(mapping.unknownColumns()).containsExactly("Kolom C", "Keterangan", "Keterangan (2)");
        assertThat(mapping.fields()).contains(Field.BIRTH_PLACE_DATE, Field.KELURAHAN);
        assertThat(mapping.missingRequired()).isEmpty();
    }

    @ParameterizedTest(name = "missing {1} from {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nama;Tgl Lahir;L/P;Pekerjaan;Kelurahan        | NIK
            NIK;Tgl Lahir;L/P;Pekerjaan;Kelurahan         | NAME
            NIK;Nama;Tempat Lahir;L/P;Pekerjaan;Kelurahan | BIRTH_DATE
            NIK;Nama;Tgl Lahir;Pekerjaan;Kelurahan        | ''
            NIK;Nama;Tgl Lahir;L/P;Kelurahan              | OCCUPATION
            NIK;Nama;Tgl Lahir;L/P;Pekerjaan;Kecamatan    | KELURAHAN
            NIK;Nama;Tgl Lahir;L/P;Pekerjaan;Kelurahan    | ''
            """)
    void reportsMissingRequiredColumns(String headers, String missing) {
        HeaderMapping mapping = HeaderMatcher.map(List.of(headers.split(";")), 1, ReadOptions.defaults());
        assertThat(mapping.missingRequired()).containsExactlyElementsOf(
                missing.isEmpty() ? List.of() : List.of(Field.valueOf(missing)));
    }

    @Test
    void aFileWithoutSexTakesItFromTheNik() {
        HeaderMapping without = HeaderMatcher.map(List.of("NIK", "Nama", "Tgl Lahir", "Pekerjaan", "Kelurahan"), 1,
                ReadOptions.defaults());
        HeaderMapping with = HeaderMatcher.map(List.of("NIK", "Nama", "Tgl Lahir", "L/P", "Pekerjaan", "Kelurahan"),
                1, ReadOptions.defaults());
        assertThat(without.sexFromNik()).isTrue();
        assertThat(with.sexFromNik()).isFalse();
    }

    @Test
    void kelurahanMayComeFromTheObjectKey() {
        List<String> headers = List.of("NIK", "Nama", "Tgl Lahir", "L/P", "Pekerjaan");
        assertThat(HeaderMatcher.map(headers, 1, ReadOptions.defaults()).missingRequired())
                .containsExactly(Field.KELURAHAN);
        assertThat(HeaderMatcher.map(headers, 1, new ReadOptions(true)).missingRequired()).isEmpty();
    }

    @Test
    void secondColumnForARequiredFieldIsAConflict() {
        HeaderMapping mapping = map("NIK", "Nama", "Tgl Lahir", "L/P", "Pekerjaan", "Kelurahan", "No. NIK");
        assertThat(mapping.acceptable()).isFalse();
        assertThat(mapping.conflicts()).singleElement()
                .satisfies(c -> {
                    assertThat(c.field()).isEqualTo(Field.NIK);
                    assertThat(c.letter()).isEqualTo("G");
                });
    }

    @Test
    void secondColumnForAnOptionalFieldIsKeptAsUnknown() {
        HeaderMapping mapping = map("NIK", "Nama", "Tgl Lahir", "L/P", "Pekerjaan", "Kelurahan", "No HP", "Telepon");
        assertThat(mapping.acceptable()).isTrue();
        assertThat(mapping.columnOf(Field.PHONE)).get().extracting(HeaderMapping.Column::index).isEqualTo(6);
        assertThat(mapping.unknownColumns()).containsExactly("Telepon");
    }

    private static HeaderMapping map(String... headers) {
        return HeaderMatcher.map(List.of(headers), 1, ReadOptions.defaults());
    }
}
