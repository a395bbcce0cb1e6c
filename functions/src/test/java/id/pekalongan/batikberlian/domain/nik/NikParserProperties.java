package id.pekalongan.batikberlian.domain.nik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class NikParserProperties {

    private static final int[] PROVINCES = {
            11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
            61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96};

    /** The parts a NIK is built from; {@link #digits()} assembles them the way Dukcapil does. */
    record Parts(int province, int regency, int district, Sex sex, LocalDate birthDate, int serial) {
        String digits() {
            int dayField = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
            return String.format("%02d%02d%02d%02d%02d%02d%04d", province, regency, district, dayField,
                    birthDate.getMonthValue(), birthDate.getYear() % 100, serial);
        }
    }

    @Provide
    Arbitrary<Parts> validParts() {
        Arbitrary<Integer> province = Arbitraries.integers().between(0, PROVINCES.length - 1).map(i -> PROVINCES[i]);
        Arbitrary<Integer> regency = Arbitraries.integers().between(1, 99);
        Arbitrary<Integer> district = Arbitraries.integers().between(1, 99);
        Arbitrary<Sex> sex = Arbitraries.of(Sex.class);
        Arbitrary<LocalDate> birth = Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> serial = Arbitraries.integers().between(1, 9999);
        return Combinators.combine(province, regency, district, sex, birth, serial).as(Parts::new);
    }

    @Property(tries = 3000)
    void sixteenBareDigitsReadAsThePaddedText(@ForAll @NumericChars @StringLength(16) String digits) {
        // Padding sends the same digits down the general path, which strips it first.
        assertThat(NikParser.parse(digits)).isEqualTo(NikParser.parse(" " + digits + " "));
    }

    @Property(tries = 1000)
    void anyValidNikParsesBackToItsParts(@ForAll("validParts") Parts parts) {
        String digits = parts.digits();

        NikParseResult result = NikParser.parse(digits);

        assertThat(result).isInstanceOf(Nik.class);
        Nik nik = (Nik) result;
        assertThat(nik.digits()).isEqualTo(digits);
        assertThat(nik.provinceCode()).isEqualTo(String.format("%02d", parts.province()));
        assertThat(nik.regencyCode()).isEqualTo(digits.substring(0, 4));
        assertThat(nik.districtCode()).isEqualTo(digits.substring(0, 6));
        assertThat(nik.sex()).isEqualTo(parts.sex());
        assertThat(nik.birthDay()).isEqualTo(parts.birthDate().getDayOfMonth());
        assertThat(nik.birthMonth()).isEqualTo(parts.birthDate().getMonthValue());
        assertThat(nik.birthYearTwoDigits()).isEqualTo(parts.birthDate().getYear() % 100);
        assertThat(nik.candidateBirthDates()).contains(parts.birthDate());
        assertThat(nik.serial()).isEqualTo(String.format("%04d", parts.serial()));
    }

    @Property(tries = 1000)
    void separatorsDoNotChangeTheResult(@ForAll("validParts") Parts parts) {
        String d = parts.digits();
        String dotted = d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4, 6) + "."
                + d.substring(6, 12) + "." + d.substring(12);
        String spaced = " " + d.substring(0, 6) + " " + d.substring(6, 12) + " - " + d.substring(12) + " ";

        assertThat(NikParser.parse(dotted)).isEqualTo(NikParser.parse(d));
        assertThat(NikParser.parse(spaced)).isEqualTo(NikParser.parse(d));
    }

    @Property(tries = 1000)
    void womenCarryDayPlusForty(@ForAll("validParts") Parts parts) {
        Parts woman = new Parts(parts.province(), parts.regency(), parts.district(), Sex.FEMALE,
                parts.birthDate(), parts.serial());

        Nik nik = (Nik) NikParser.parse(woman.digits());

        int dayField = Integer.parseInt(woman.digits().substring(6, 8));
        assertThat(dayField).isBetween(41, 71);
        assertThat(nik.birthDay()).isEqualTo(dayField - 40);
        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
    }

    @Property(tries = 1000)
    void maskedValidNikHidesTheMiddleEight(@ForAll("validParts") Parts parts) {
        String digits = parts.digits();

        String masked = NikParser.parse(digits).masked();

        assertThat(masked).isEqualTo(digits.substring(0, 4) + "********" + digits.substring(12));
        assertThat(masked).doesNotContain(digits.substring(4, 12));
    }

    @Property(tries = 1000)
    void anyResultIsMaskedToAtMostEightDigits(@ForAll @StringLength(max = 24) String raw) {
        assertThat(countDigits(NikParser.parse(raw).masked())).isLessThanOrEqualTo(8);
    }

    @Property(tries = 1000)
    void numericCellsNeverShowMoreThanEightDigits(@ForAll @NumericChars @StringLength(min = 1, max = 30) String raw) {
        NikParseResult result = NikParser.parse(raw);

        assertThat(countDigits(result.masked())).isLessThanOrEqualTo(8);
        if (raw.length() >= 12) {
            assertThat(result.masked()).doesNotContain(raw.substring(4, 12));
        }
    }

    @Property(tries = 1000)
    void scientificNotationIsAlwaysDamage(@ForAll @IntRange(min = 1, max = 9) int lead,
                                          @ForAll @IntRange(min = 0, max = 99999) int fraction,
                                          @ForAll boolean comma) {
        String raw = lead + (comma ? "," : ".") + String.format("%05d", fraction) + "E+15";

        assertThat(NikParser.parse(raw)).isInstanceOfSatisfying(InvalidNik.class,
                invalid -> assertThat(invalid.reason()).isEqualTo(NikReason.NIK_DAMAGED));
    }

    private static long countDigits(String text) {
        return text.chars().filter(c -> c >= '0' && c <= '9').count();
    }
}
