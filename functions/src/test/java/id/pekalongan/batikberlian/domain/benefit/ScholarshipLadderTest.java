package id.pekalongan.batikberlian.domain.benefit;

import static id.pekalongan.batikberlian.domain.benefit.Claims.EVALUATION;
import static id.pekalongan.batikberlian.domain.benefit.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One child on the JKK death route: what remains of the ladder from each level and grade. */
class ScholarshipLadderTest {

    @ParameterizedTest(name = "{1} grade {2}: {3} years, {4}")
    @CsvSource(nullValues = "-", value = {
            // birthDate, level, grade, years left, amount
            "2020-01-01, TK_SD, 1, 19, 87000000",
            "2020-01-01, TK_SD, -, 19, 87000000",
            "2019-01-01, TK_SD, 2, 18, 85500000",
            "2018-01-01, TK_SD, 3, 17, 84000000",
            "2013-01-01, TK_SD, 8, 12, 76500000",
            "2012-01-01, SMP,   1, 11, 75000000",
            "2010-01-01, SMP,   3,  9, 71000000",
            "2009-01-01, SMA,   1,  8, 69000000",
            "2007-01-01, SMA,   3,  6, 63000000",
            "2006-01-01, PT,    1,  5, 60000000",
            "2003-01-01, PT,    4,  2, 24000000",
            "2002-01-01, PT,    5,  1, 12000000",
            "2022-01-01, -,     -, 19, 87000000",
    })
    void remainingEntitlement(String birthDate, String level, Integer grade, int yearsLeft, long amount) {
        ClaimRequest request = claim(ClaimType.JKK_DEATH).child(birthDate, level, grade).build();

        ClaimOutcome.Computed computed = (ClaimOutcome.Computed) BenefitCalculator.standard()
                .compute(request, EVALUATION);

        assertThat(computed.scholarshipTotal()).isEqualTo(amount);
        BenefitComponent component = computed.components().stream()
                .filter(c -> c.code().equals("SCHOLARSHIP")).findFirst().orElseThrow();
        assertThat(component.amount()).isEqualTo(amount);
        assertThat(component.inputs()).containsEntry("childNumber", 1).containsEntry("yearsLeft", yearsLeft);
    }

    @ParameterizedTest(name = "TK at {0}, SD at {1}: a child of {2} without a level is deferred = {3}")
    @CsvSource({
            // tkStartAge, sdStartAge, child's birth date (incident 2024-06-15), deferred
            "4, 6, 2018-06-16, true",
            "4, 6, 2018-06-15, false",
            "4, 7, 2018-06-15, true",
            "4, 7, 2017-06-15, false",
    })
    void childWithoutLevelIsDeferredUntilSdAge(int tk, int sd, String birthDate, boolean deferred) {
        BenefitCalculator calculator = new BenefitCalculator(BenefitTables.standard(),
                BenefitPolicy.defaults().withSchoolStartAges(tk, sd));

        ClaimOutcome outcome = calculator.compute(claim(ClaimType.JKK_DEATH).preschooler(birthDate).build(),
                EVALUATION);

        if (deferred) {
            ClaimOutcome.Computed computed = (ClaimOutcome.Computed) outcome;
            assertThat(computed.scholarshipTotal()).isEqualTo(87_000_000L);
            assertThat(computed.components()).filteredOn(c -> c.code().equals("SCHOLARSHIP")).singleElement()
                    .satisfies(c -> assertThat(c.inputs()).containsEntry("schoolLevel", "BELUM_SEKOLAH")
                            .containsKey("tkStartAge").containsKey("sdStartAge"));
        } else {
            assertThat(outcome).isInstanceOf(ClaimOutcome.Rejected.class);
            assertThat(((ClaimOutcome.Rejected) outcome).hasReason(RejectReason.MISSING_FIELD)).isTrue();
        }
    }
}
