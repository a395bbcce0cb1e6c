package id.pekalongan.batikberlian.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The plain-ASCII shortcut of the matcher gives the words the Unicode folding gives; codes read as before. */
class MatchKeyProperties {

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s.\\-]");

    @Provide
    Arbitrary<String> asciiTexts() {
        return Arbitraries.strings().ascii().ofMaxLength(16);
    }

    @Property(tries = 3000)
    void asciiWordsAreTheFoldedWords(@ForAll("asciiTexts") String text) {
        assertThat(MatchKey.asciiWords(text)).isEqualTo(MatchKey.foldedWords(text));
    }

    @Property(tries = 200)
    void otherTextTakesTheFoldingPath(@ForAll("asciiTexts") String text) {
        assertThat(MatchKey.asciiWords(text + "é")).isNull();
        assertThat(MatchKey.words("Kel. Sapur\u00F3-" + text)).isEqualTo(MatchKey.foldedWords("Kel. Sapur\u00F3-" + text));
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("0123456789.- \t\u000Ba\u00A0\u2003\u001C").ofMaxLength(14);
    }

    @Property(tries = 3000)
    void codeDigitsAsTheSeparatorPatternSays(@ForAll("codes") String text) {
        String stripped = SEPARATORS.matcher(text).replaceAll("");
        String expected = !stripped.isEmpty() && stripped.chars().allMatch(c -> c >= '0' && c <= '9')
                ? stripped : null;
        assertThat(MatchKey.codeDigits(text)).isEqualTo(expected);
    }

    @Property(tries = 500)
    void rememberedMatchesAreTheFirstAnswers(@ForAll("asciiTexts") String text) {
        KelurahanDirectory remembered = DIRECTORY;
        KelurahanDirectory fresh = fresh();
        assertThat(remembered.matchKelurahan(text)).isEqualTo(fresh.matchKelurahan(text));
        assertThat(remembered.matchKelurahan(text)).isEqualTo(fresh.matchKelurahan(text));
        assertThat(remembered.matchKecamatan(text)).isEqualTo(fresh.matchKecamatan(text));
    }

    @net.jqwik.api.Example
    void aFileOfOddSpellingsDoesNotGrowTheMemoryPastItsBound() {
        KelurahanDirectory directory = fresh();
        for (int i = 0; i < KelurahanDirectory.MEMO_CAPACITY + 500; i++) {
            assertThat(directory.matchKelurahan("Tempat " + i)).isInstanceOf(KelurahanMatch.Unknown.class);
        }
        assertThat(directory.matchKelurahan("Sapuro Kebulen")).isInstanceOf(KelurahanMatch.InCity.class);
        assertThat(directory.rememberedSpellings()).isEqualTo(KelurahanDirectory.MEMO_CAPACITY);
    }

    private static final KelurahanDirectory DIRECTORY = KelurahanDirectory.loadDefault();

    /** A directory of its own, with nothing remembered yet. */
    private static KelurahanDirectory fresh() {
        try (var kelurahan = resource("/reference/kelurahan.csv");
             var kabupaten = resource("/reference/kabupaten-pekalongan-kecamatan.csv")) {
            return KelurahanDirectory.fromCsv(kelurahan, kabupaten);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.io.Reader resource(String name) {
        return new java.io.InputStreamReader(MatchKeyProperties.class.getResourceAsStream(name),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
