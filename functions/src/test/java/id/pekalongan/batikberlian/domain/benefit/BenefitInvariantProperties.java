package id.pekalongan.batikberlian.domain.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Whatever the inputs, the answer's totals agree with its lines and stay within the statutory maxima. */
class BenefitInvariantProperties {

    private static final BenefitCalculator CALCULATOR = BenefitCalculator.standard();

    @Provide
    Arbitrary<ChildInput> children() {
        Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 30 * 365)
                .map(days -> Claims.INCIDENT.minusDays(days));
        Arbitrary<String> level = Arbitraries.of("TK_SD", "SMP", "SMA", "PT");
        Arbitrary<Integer> grade = Arbitraries.integers().between(1, 3);
        return Combinators.combine(birth, level, grade, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((b, l, g, m, w) -> new ChildInput(b, l, g, m, w));
    }

    @Property(tries = 300)
    void totalsAgreeWithTheLines(@ForAll("types") ClaimType type,
                                 @ForAll @LongRange(min = 1, max = 50_000_000) long wage,
                                 @ForAll @IntRange(min = 0, max = 120) int months,
                                 @ForAll @IntRange(min = 0, max = 2000) int daysOff,
                                 @ForAll @LongRange(min = 0, max = 100_000_000) long spent,
                                 @ForAll("children") ChildInput first,
                                 @ForAll("children") ChildInput second,
                                 @ForAll("children") ChildInput third) {
        Claims claim = Claims.claim(type).wage(wage).months(months).daysOff(daysOff)
                .transport("LAND", spent).transport("AIR", spent).homeCare(daysOff, spent).medical(spent)
                .child(first).child(second).child(third);
        if (type == ClaimType.JKK_PARTIAL_DISABILITY) {
            claim.anatomical("EYES_BOTH").anatomical("EYE_ONE");
        }

        ClaimOutcome.Computed computed = (ClaimOutcome.Computed) CALCULATOR.compute(claim.build(), Claims.EVALUATION);

        long cash = computed.components().stream().filter(c -> ComponentCode.valueOf(c.code()).isCash())
                .mapToLong(BenefitComponent::amount).sum();
        long scholarship = computed.components().stream().filter(c -> c.code().equals("SCHOLARSHIP"))
                .mapToLong(BenefitComponent::amount).sum();
        assertThat(computed.totalCash()).isEqualTo(cash);
        assertThat(computed.scholarshipTotal()).isEqualTo(scholarship).isBetween(0L, 174_000_000L);
        assertThat(computed.components()).allSatisfy(c -> assertThat(c.amount()).isNotNegative());
        assertThat(computed.components().stream().filter(c -> c.code().equals("SCHOLARSHIP")).count())
                .isLessThanOrEqualTo(2);
        assertThat(computed.medicalCostRecorded()).isEqualTo(type.isWorkAccident() ? spent : 0);
    }

    @Provide
    Arbitrary<ClaimType> types() {
        return Arbitraries.of(ClaimType.class);
    }
}
