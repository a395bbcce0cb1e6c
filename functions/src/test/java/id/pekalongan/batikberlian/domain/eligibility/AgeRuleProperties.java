package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.time.Age;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AgeRuleProperties {

    private static final AgeRule RULE = new AgeRule(18, 65);

    @Provide
    Arbitrary<LocalDate> birthDates() {
        return Arbitraries.longs()
                .between(LocalDate.of(1920, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(config -> config.add(LocalDate.of(2000, 2, 29), LocalDate.of(1960, 2, 29),
                        LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1)));
    }

    @Provide
    Arbitrary<LocalDate> leapDayBirths() {
        return Arbitraries.integers().between(1904 / 4, 2096 / 4).map(q -> q * 4)
                .filter(Year::isLeap)
                .map(year -> LocalDate.of(year, 2, 29));
    }

    @Property(tries = 1000)
    void ageOnABirthdayIsTheYearsSinceBirth(@ForAll("birthDates") LocalDate birth,
                                            @ForAll @IntRange(min = 1, max = 100) int years) {
        LocalDate birthday = Age.birthdayIn(birth, birth.getYear() + years);

        assertThat(Age.yearsOn(birth, birthday)).isEqualTo(years);
        assertThat(Age.yearsOn(birth, birthday.minusDays(1))).isEqualTo(years - 1);
    }

    @Property(tries = 1000)
    void ageIsZeroOnTheDayOfBirth(@ForAll("birthDates") LocalDate birth) {
        assertThat(Age.yearsOn(birth, birth)).isZero();
        assertThat(RULE.evaluate(Fixtures.withBirthDate(birth), Fixtures.context(birth)).code())
                .isEqualTo(AgeRule.TOO_YOUNG);
    }

    @Property(tries = 1000)
    void agreesWithCalendarPeriods(@ForAll("birthDates") LocalDate birth,
                                   @ForAll @IntRange(min = 0, max = 40_000) int daysLater) {
        LocalDate on = birth.plusDays(daysLater);

        assertThat(Age.yearsOn(birth, on)).isEqualTo(Period.between(birth, on).getYears());
    }

    @Property(tries = 1000)
    void eligibleFromTheEighteenthBirthday(@ForAll("birthDates") LocalDate birth) {
        LocalDate eighteenth = Age.birthdayIn(birth, birth.getYear() + 18);

        assertThat(codeOn(birth, eighteenth)).isEqualTo("AGE_RANGE_OK");
        assertThat(codeOn(birth, eighteenth.minusDays(1))).isEqualTo(AgeRule.TOO_YOUNG);
    }

    @Property(tries = 1000)
    void ineligibleFromTheSixtySixthBirthday(@ForAll("birthDates") LocalDate birth) {
        LocalDate sixtySixth = Age.birthdayIn(birth, birth.getYear() + 66);

        assertThat(codeOn(birth, sixtySixth.minusDays(1))).isEqualTo("AGE_RANGE_OK");
        assertThat(codeOn(birth, sixtySixth)).isEqualTo(AgeRule.TOO_OLD);
    }

    @Property(tries = 1000)
    void leapDayBirthdaysFallOnFirstMarchInCommonYears(@ForAll("leapDayBirths") LocalDate birth,
                                                       @ForAll @IntRange(min = 1, max = 90) int years) {
        int year = birth.getYear() + years;
        int before = years - 1;
        if (Year.isLeap(year)) {
            assertThat(Age.yearsOn(birth, LocalDate.of(year, 2, 28))).isEqualTo(before);
            assertThat(Age.yearsOn(birth, LocalDate.of(year, 2, 29))).isEqualTo(years);
        } else {
            assertThat(Age.yearsOn(birth, LocalDate.of(year, 2, 28))).isEqualTo(before);
            assertThat(Age.yearsOn(birth, LocalDate.of(year, 3, 1))).isEqualTo(years);
        }
    }

    @Property(tries = 1000)
    void aDayAddsAtMostOneYear(@ForAll("birthDates") LocalDate birth,
                               @ForAll @IntRange(min = 0, max = 40_000) int daysLater) {
        LocalDate on = birth.plusDays(daysLater);

        int step = Age.yearsOn(birth, on.plusDays(1)) - Age.yearsOn(birth, on);

        assertThat(step).isBetween(0, 1);
    }

    private static String codeOn(LocalDate birth, LocalDate on) {
        return RULE.evaluate(Fixtures.withBirthDate(birth), Fixtures.context(on)).code();
    }
}
