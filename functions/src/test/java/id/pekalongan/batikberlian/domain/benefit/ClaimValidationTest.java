package id.pekalongan.batikberlian.domain.benefit;

import static id.pekalongan.batikberlian.domain.benefit.Claims.EVALUATION;
import static id.pekalongan.batikberlian.domain.benefit.Claims.claim;
import static id.pekalongan.batikberlian.domain.benefit.ClaimType.JKK_DEATH;
import static id.pekalongan.batikberlian.domain.benefit.ClaimType.JKK_MEDICAL;
import static id.pekalongan.batikberlian.domain.benefit.ClaimType.JKK_PARTIAL_DISABILITY;
import static id.pekalongan.batikberlian.domain.benefit.ClaimType.JKK_TEMPORARY_INCAPACITY;
import static id.pekalongan.batikberlian.domain.benefit.ClaimType.JKM_DEATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests that cannot be priced, each with the reason code and the field it names. */
class ClaimValidationTest {

    static Stream<Arguments> rejected() {
        return Stream.of(
                arguments(claim((String) null), "MISSING_FIELD", "type"),
                arguments(claim("JKK_FLOOD"), "UNKNOWN_TYPE", "type"),
                arguments(claim(JKM_DEATH).incident(null), "MISSING_FIELD", "incidentDate"),
                arguments(claim(JKM_DEATH).incident(EVALUATION.plusDays(1)), "INCIDENT_IN_FUTURE", "incidentDate"),
                arguments(claim(JKM_DEATH).incident(LocalDate.of(2019, 12, 1)), "NO_BENEFIT_TABLE", "incidentDate"),
                arguments(claim(JKM_DEATH).nik(null), "MISSING_FIELD", "nik"),
                arguments(claim(JKM_DEATH).nik("  "), "MISSING_FIELD", "nik"),
                arguments(claim(JKK_DEATH).wage(0), "INVALID_DECLARED_INCOME", "declaredIncome"),
                arguments(claim(JKK_DEATH).wage(-1), "INVALID_DECLARED_INCOME", "declaredIncome"),
                arguments(claim(JKM_DEATH).months(-1), "NEGATIVE_MONTHS", "contributionMonths"),
                arguments(claim(JKM_DEATH).child("2012-01-01", "SMP", 1), "MISSING_FIELD", "contributionMonths"),
                arguments(claim(JKK_TEMPORARY_INCAPACITY), "MISSING_FIELD", "daysOff"),
                arguments(claim(JKK_TEMPORARY_INCAPACITY).daysOff(-1), "NEGATIVE_DAYS", "daysOff"),
                arguments(claim(JKK_PARTIAL_DISABILITY), "MISSING_FIELD", "disability.items"),
                arguments(claim(JKK_PARTIAL_DISABILITY).anatomical("TAIL"), "UNKNOWN_DISABILITY_ITEM",
                        "disability.items[0].code"),
                arguments(claim(JKK_PARTIAL_DISABILITY).anatomical(null), "MISSING_FIELD",
                        "disability.items[0].code"),
                arguments(claim(JKK_PARTIAL_DISABILITY).functional("EYE_ONE", "0"), "INVALID_PERCENT",
                        "disability.items[0].functionalLossPercent"),
                arguments(claim(JKK_PARTIAL_DISABILITY).functional("EYE_ONE", "100.5"), "INVALID_PERCENT",
                        "disability.items[0].functionalLossPercent"),
                arguments(claim(JKK_PARTIAL_DISABILITY).functional("EYE_ONE", "-10"), "INVALID_PERCENT",
                        "disability.items[0].functionalLossPercent"),
                arguments(claim(JKK_MEDICAL), "MISSING_FIELD", "medicalCost"),
                arguments(claim(JKK_MEDICAL).medical(-5), "NEGATIVE_AMOUNT", "medicalCost"),
                arguments(claim(JKK_MEDICAL).transport("TRAIN", 100_000), "UNKNOWN_TRANSPORT_MODE",
                        "transport.legs[0].mode"),
                arguments(claim(JKK_MEDICAL).transport("LAND", -1), "NEGATIVE_AMOUNT", "transport.legs[0].amount"),
                arguments(claim(JKK_MEDICAL).homeCare(-1, 1_000_000), "NEGATIVE_DAYS", "homeCare.days"),
                arguments(claim(JKK_MEDICAL).homeCare(10, -1), "NEGATIVE_AMOUNT", "homeCare.cost"),
                arguments(claim(JKK_DEATH).child("2012-01-01", "SD", 1), "UNKNOWN_SCHOOL_LEVEL", "children[0].level"),
                arguments(claim(JKK_DEATH).child("2012-01-01", "SMP", 4), "INVALID_GRADE", "children[0].grade"),
                arguments(claim(JKK_DEATH).child("2012-01-01", "TK_SD", 9), "INVALID_GRADE", "children[0].grade"),
                arguments(claim(JKK_DEATH).child("2012-01-01", "PT", 0), "INVALID_GRADE", "children[0].grade"),
                arguments(claim(JKK_DEATH).child("2012-01-01", null, 2), "MISSING_FIELD", "children[0].level"),
                arguments(claim(JKK_DEATH).child(new ChildInput(null, "SMP", 1, false, false)), "MISSING_FIELD",
                        "children[0].birthDate"),
                arguments(claim(JKK_DEATH).child(EVALUATION.plusDays(1).toString(), null, null),
                        "INVALID_BIRTH_DATE", "children[0].birthDate"),
                // six years old with no level: of school age, so the level is needed to price the scholarship
                arguments(claim(JKK_DEATH).preschooler("2018-06-15"), "MISSING_FIELD", "children[0].level"),
                arguments(claim(JKM_DEATH).heir("COUSIN"), "UNKNOWN_HEIR_RELATION", "heirs[0].relation"),
                arguments(claim(JKM_DEATH).heir(null), "MISSING_FIELD", "heirs[0].relation"),
                arguments(claim(JKK_DEATH).child((ChildInput) null), "MISSING_FIELD", "children[0]"));
    }

    @ParameterizedTest(name = "{1} at {2}")
    @MethodSource("rejected")
    void rejectsWithReasonAndField(Claims claim, String code, String field) {
        ClaimOutcome outcome = BenefitCalculator.standard().compute(claim.build(), EVALUATION);

        assertThat(outcome).isInstanceOf(ClaimOutcome.Rejected.class);
        assertThat(((ClaimOutcome.Rejected) outcome).errors())
                .anySatisfy(e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.message()).isNotBlank();
                });
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ClaimRequest request = claim("NOPE").wage(-1).daysOff(-3).transport("TRAIN", 1).build();

        ClaimOutcome.Rejected rejected = (ClaimOutcome.Rejected) BenefitCalculator.standard()
                .compute(request, EVALUATION);

        assertThat(rejected.errors()).extracting(ClaimError::code)
                .contains("UNKNOWN_TYPE", "INVALID_DECLARED_INCOME", "NEGATIVE_DAYS", "UNKNOWN_TRANSPORT_MODE");
    }

    @Test
    void theNikNeverAppearsInAnErrorNorInTheRequestText() {
        ClaimRequest request = claim("NOPE").build();

        ClaimOutcome.Rejected rejected = (ClaimOutcome.Rejected) BenefitCalculator.standard()
                .compute(request, EVALUATION);

        assertThat(rejected.toString()).doesNotContain(Claims.NIK);
        assertThat(request.toString()).doesNotContain(Claims.NIK).contains("3375********0001");
    }

    @Test
    void anIncidentOnTheEvaluationDateIsNotInTheFuture() {
        ClaimOutcome outcome = BenefitCalculator.standard().compute(claim(JKM_DEATH).incident(EVALUATION).build(),
                EVALUATION);

        assertThat(outcome).isInstanceOf(ClaimOutcome.Computed.class);
    }
}
