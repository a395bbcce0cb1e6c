package id.pekalongan.batikberlian.domain.nik;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SexTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "L, MALE", "l, MALE", "Laki-laki, MALE", "LAKI LAKI, MALE", "Pria, MALE",
            "P, FEMALE", "Perempuan, FEMALE", "wanita, FEMALE", "PR, FEMALE",
            "X, NONE", "'', NONE", "NONE, NONE"})
    void readsClerkSpellings(String text, Sex expected) {
        assertThat(Sex.fromText(text)).isEqualTo(java.util.Optional.ofNullable(expected));
    }
}
