package id.pekalongan.batikberlian.domain.benefit;

import static id.pekalongan.batikberlian.domain.benefit.Claims.EVALUATION;
import static id.pekalongan.batikberlian.domain.benefit.Claims.claim;
import static id.pekalongan.batikberlian.domain.benefit.ClaimType.JKK_DEATH;
import static id.pekalongan.batikberlian.domain.benefit.ClaimType.JKK_MEDICAL;
import static id.pekalongan.batikberlian.domain.benefit.ClaimType.JKK_PARTIAL_DISABILITY;
import static id.pekalongan.batikberlian.domain.benefit.ClaimType.JKK_TEMPORARY_INCAPACITY;
import static id.pekalongan.batikberlian.domain.benefit.ClaimType.JKK_TOTAL_DISABILITY;
import static id.pekalongan.batikberlian.domain.benefit.ClaimType.JKM_DEATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole claims priced to the rupiah. Incident 2024-06-15 and wage Rp1.000.000 unless a case says otherwise.
 * Scholarship ladder used for the hand computations (position = year from the first TK year):
 * TK_SD 1–8 at 1.5 jt, SMP 9–11 at 2 jt, SMA 12–14 at 3 jt, PT 15–19 at 12 jt. Remaining entitlement from
 * position 1 = 12 + 6 + 9 + 60 = 87 jt; SD1 (pos 3) = 6×1.5 + 75 = 84 jt; SD3 (pos 5) = 4×1.5 + 75 = 81 jt;
 * SD6 (pos 8) = 1.5 + 75 = 76.5 jt; SMP1 = 75 jt; SMA1 = 69 jt; SMA2 = 2×3 + 60 = 66 jt; PT1 = 60 jt; PT5 = 12 jt.
 */
class BenefitCasesTest {

    private static final BenefitPolicy DEFAULT = BenefitPolicy.defaults();
    private static final BenefitPolicy AT_MOST_23 = DEFAULT.withChildAgeLimit(BenefitPolicy.ChildAgeLimit.AT_MOST);
    private static final BenefitPolicy CONTINUOUS =
            DEFAULT.withContributionCounting(BenefitPolicy.ContributionCounting.CONTINUOUS);
    private static final BenefitPolicy INPUT_ORDER =
            DEFAULT.withChildSelection(BenefitPolicy.ChildSelection.INPUT_ORDER);
    private static final BenefitPolicy YOUNGEST = DEFAULT.withChildSelection(BenefitPolicy.ChildSelection.YOUNGEST);

    static Stream<Arguments> cases() {
        return Stream.of(
                // --- RULES.md worked examples ---
                c("JKM death at the default wage", DEFAULT, claim(JKM_DEATH),
                        42_000_000, 0, 0),
                c("JKK death at the default wage: 48 jt + 12 jt + 10 jt", DEFAULT, claim(JKK_DEATH),
                        70_000_000, 0, 0),
                c("total permanent disability: 56 × wage", DEFAULT, claim(JKK_TOTAL_DISABILITY),
                        56_000_000, 0, 0),
                c("one eye: 35% × 80 × 1 jt", DEFAULT, claim(JKK_PARTIAL_DISABILITY).anatomical("EYE_ONE"),
                        28_000_000, 0, 0),
                c("JKK death, one child not yet in school: full 87 jt", DEFAULT,
                        claim(JKK_DEATH).preschooler("2023-01-01"),
                        70_000_000, 87_000_000, 0),
                c("JKK death, two children not yet in school: 174 jt", DEFAULT,
                        claim(JKK_DEATH).preschooler("2023-01-01").preschooler("2021-05-05"),
                        70_000_000, 174_000_000, 0),
                // SD grade 3 = TK_SD grade 5: TK_SD 4 years × 1.5 jt = 6 jt, SMP 3 × 2 jt = 6 jt, SMA 3 × 3 jt = 9 jt,
                // PT 5 × 12 jt = 60 jt -> 81 jt. SMA grade 2: SMA 2 × 3 jt = 6 jt + PT 60 jt -> 66 jt. Sum 147 jt.
                c("JKM death, 36 months, children in SD 3 and SMA 2", DEFAULT,
                        claim(JKM_DEATH).months(36).child("2015-03-01", "TK_SD", 5).child("2008-02-01", "SMA", 2),
                        42_000_000, 147_000_000, 0),
                c("JKM death, 35 months: no scholarship", DEFAULT,
                        claim(JKM_DEATH).months(35).child("2015-03-01", "TK_SD", 5).child("2008-02-01", "SMA", 2),
                        42_000_000, 0, 0, "SCHOLARSHIP_CONTRIBUTION_MONTHS_SHORT"),
                c("JKM death, 120 months, one child in SMP 1", DEFAULT,
                        claim(JKM_DEATH).months(120).child("2012-01-01", "SMP", 1),
                        42_000_000, 75_000_000, 0),
                c("JKM death, 0 months, child: no scholarship", DEFAULT,
                        claim(JKM_DEATH).months(0).child("2012-01-01", "SMP", 1),
                        42_000_000, 0, 0, "SCHOLARSHIP_CONTRIBUTION_MONTHS_SHORT"),
                c("JKK death needs no contribution months", DEFAULT,
                        claim(JKK_DEATH).months(1).child("2012-01-01", "SMP", 1),
                        70_000_000, 75_000_000, 0),

                // --- wage other than the default ---
                c("JKK death, wage 2.5 jt: 120 jt + 22 jt", DEFAULT, claim(JKK_DEATH).wage(2_500_000),
                        142_000_000, 0, 0),
                c("JKK death, wage 400 rb: 19.2 jt raised to the 20 jt floor", DEFAULT, claim(JKK_DEATH).wage(400_000),
                        42_000_000, 0, 0),
                c("JKK death, wage 416,667: 20,000,016 just above the floor", DEFAULT, claim(JKK_DEATH).wage(416_667),
                        42_000_016, 0, 0),
                c("JKM death ignores the wage", DEFAULT, claim(JKM_DEATH).wage(5_000_000),
                        42_000_000, 0, 0),
                c("total disability, wage 2 jt", DEFAULT, claim(JKK_TOTAL_DISABILITY).wage(2_000_000),
                        112_000_000, 0, 0),
                c("one eye, wage 3 jt", DEFAULT, claim(JKK_PARTIAL_DISABILITY).wage(3_000_000).anatomical("EYE_ONE"),
                        84_000_000, 0, 0),
                c("one eye, wage 1,234,567: 28 × wage", DEFAULT,
                        claim(JKK_PARTIAL_DISABILITY).wage(1_234_567).anatomical("EYE_ONE"),
                        34_567_876, 0, 0),

                // --- partial disability ---
                c("right hand 32% × 50% function lost", DEFAULT,
                        claim(JKK_PARTIAL_DISABILITY).functional("HAND_RIGHT_WRIST", "50"),
                        12_800_000, 0, 0),
                c("left thumb 12% × 25%", DEFAULT, claim(JKK_PARTIAL_DISABILITY).functional("THUMB_LEFT", "25"),
                        2_400_000, 0, 0),
                // 3% × 33.3% = 0.999%; 80 × 1,000,001 = 80,000,080; × 0.999% = 799,200.7992 -> 799,201
                c("functional loss rounds half up once", DEFAULT,
                        claim(JKK_PARTIAL_DISABILITY).wage(1_000_001).functional("OTHER_FINGER_LEFT", "33.3"),
                        799_201, 0, 0),
                c("two items add up: one eye 35% + left thumb 12% = 47%", DEFAULT,
                        claim(JKK_PARTIAL_DISABILITY).anatomical("EYE_ONE").anatomical("THUMB_LEFT"),
                        37_600_000, 0, 0),
                c("one eye 35% + right arm 40% capped at 70%", DEFAULT,
                        claim(JKK_PARTIAL_DISABILITY).anatomical("EYE_ONE").anatomical("ARM_RIGHT_SHOULDER"),
                        56_000_000, 0, 0, "DISABILITY_COMBINED_CAP"),
                c("partial disability with children: no scholarship on this route", DEFAULT,
                        claim(JKK_PARTIAL_DISABILITY).anatomical("EYE_ONE").preschooler("2022-01-01"),
                        28_000_000, 0, 0, "SCHOLARSHIP_NOT_IN_ROUTE"),
                c("total disability with a child in SMP 1", DEFAULT,
                        claim(JKK_TOTAL_DISABILITY).child("2012-01-01", "SMP", null),
                        56_000_000, 75_000_000, 0),

                // --- temporary incapacity (STMB), 30-day month ---
                c("STMB 0 days", DEFAULT, claim(JKK_TEMPORARY_INCAPACITY).daysOff(0), 0, 0, 0),
                c("STMB 359 days: 11,966,666.67 -> 11,966,667", DEFAULT,
                        claim(JKK_TEMPORARY_INCAPACITY).daysOff(359), 11_966_667, 0, 0),
                c("STMB 360 days = 12 months at 100%", DEFAULT,
                        claim(JKK_TEMPORARY_INCAPACITY).daysOff(360), 12_000_000, 0, 0),
                c("STMB 361 days: day 361 at 50% = 16,666.67 -> 16,667", DEFAULT,
                        claim(JKK_TEMPORARY_INCAPACITY).daysOff(361), 12_016_667, 0, 0),
                c("STMB 365 days: 5 days at 50% = 83,333.33", DEFAULT,
                        claim(JKK_TEMPORARY_INCAPACITY).daysOff(365), 12_083_333, 0, 0),
                c("STMB 390 days: 13th month at 50%", DEFAULT,
                        claim(JKK_TEMPORARY_INCAPACITY).daysOff(390), 12_500_000, 0, 0),
                c("STMB 45 days, wage 3 jt", DEFAULT,
                        claim(JKK_TEMPORARY_INCAPACITY).wage(3_000_000).daysOff(45), 4_500_000, 0, 0),

                // --- transport ---
                c("land 6 jt capped at 5 jt", DEFAULT, claim(JKK_MEDICAL).transport("LAND", 6_000_000),
                        5_000_000, 0, 0, "TRANSPORT_ABOVE_CAP"),
                c("land 3 jt + river 3 jt share one 5 jt cap", DEFAULT,
                        claim(JKK_MEDICAL).transport("LAND", 3_000_000).transport("RIVER", 3_000_000),
                        5_000_000, 0, 0, "TRANSPORT_ABOVE_CAP"),
                c("land 3 jt + sea 3 jt + air 12 jt: 3 + 2 + 10", DEFAULT,
                        claim(JKK_MEDICAL).transport("LAND", 3_000_000).transport("SEA", 3_000_000)
                                .transport("AIR", 12_000_000),
                        15_000_000, 0, 0, "TRANSPORT_ABOVE_CAP"),
                c("every cap reached exactly: 5 + 2 + 10", DEFAULT,
                        claim(JKK_MEDICAL).transport("LAKE", 5_000_000).transport("SEA", 2_000_000)
                                .transport("AIR", 10_000_000),
                        17_000_000, 0, 0),

                // --- home care ---
                c("home care 200 days, 15 jt", DEFAULT, claim(JKK_MEDICAL).homeCare(200, 15_000_000),
                        15_000_000, 0, 0),
                c("home care 365 days, 20 jt: both limits reached exactly", DEFAULT,
                        claim(JKK_MEDICAL).homeCare(365, 20_000_000), 20_000_000, 0, 0),
                c("home care 300 days, 25 jt capped at 20 jt", DEFAULT,
                        claim(JKK_MEDICAL).homeCare(300, 25_000_000), 20_000_000, 0, 0, "HOME_CARE_ABOVE_CAP"),
                c("home care 730 days, 30 jt: first year's share 15 jt", DEFAULT,
                        claim(JKK_MEDICAL).homeCare(730, 30_000_000), 15_000_000, 0, 0, "HOME_CARE_BEYOND_ONE_YEAR"),
                c("home care 730 days, 60 jt: 30 jt in the year, capped at 20 jt", DEFAULT,
                        claim(JKK_MEDICAL).homeCare(730, 60_000_000), 20_000_000, 0, 0,
                        "HOME_CARE_BEYOND_ONE_YEAR", "HOME_CARE_ABOVE_CAP"),

                // --- medical care: recorded, never capped, not cash ---
                c("medical 150 jt recorded in full", DEFAULT, claim(JKK_MEDICAL).medical(150_000_000),
                        0, 0, 150_000_000),
                c("medical 5 jt with land transport 1 jt", DEFAULT,
                        claim(JKK_MEDICAL).medical(5_000_000).transport("LAND", 1_000_000),
                        1_000_000, 0, 5_000_000),
                c("JKK death after 30 days off, hospital and ambulance", DEFAULT,
                        claim(JKK_DEATH).daysOff(30).medical(2_000_000).transport("LAND", 500_000),
                        71_500_000, 0, 2_000_000),
                c("JKM death: work-accident fields are not JKM benefits", DEFAULT,
                        claim(JKM_DEATH).transport("LAND", 1_000_000).medical(3_000_000),
                        42_000_000, 0, 0, "NOT_COVERED_BY_JKM"),

                // --- children ---
                // preschooler 87 jt, SD1 (TK_SD grade 3) 84 jt, PT5 12 jt: the two largest -> 171 jt
                c("three children: the two largest entitlements", DEFAULT,
                        claim(JKK_DEATH).preschooler("2023-01-01").child("2018-01-01", "TK_SD", 3)
                                .child("2002-01-01", "PT", 5),
                        70_000_000, 171_000_000, 0, "SCHOLARSHIP_CHILD_LIMIT"),
                // PT1 60 jt, SMA1 69 jt, SD6 76.5 jt
                c("three children, largest entitlements: SD6 + SMA1", DEFAULT,
                        claim(JKK_DEATH).child("2006-01-01", "PT", 1).child("2009-01-01", "SMA", 1)
                                .child("2013-01-01", "TK_SD", 8),
                        70_000_000, 145_500_000, 0, "SCHOLARSHIP_CHILD_LIMIT"),
                c("three children, policy input order: PT1 + SMA1", INPUT_ORDER,
                        claim(JKK_DEATH).child("2006-01-01", "PT", 1).child("2009-01-01", "SMA", 1)
                                .child("2013-01-01", "TK_SD", 8),
                        70_000_000, 129_000_000, 0, "SCHOLARSHIP_CHILD_LIMIT"),
                c("three children, policy youngest: SD6 + SMA1", YOUNGEST,
                        claim(JKK_DEATH).child("2006-01-01", "PT", 1).child("2009-01-01", "SMA", 1)
                                .child("2013-01-01", "TK_SD", 8),
                        70_000_000, 145_500_000, 0, "SCHOLARSHIP_CHILD_LIMIT"),
                c("child aged 22 years 364 days is under 23", DEFAULT,
                        claim(JKK_DEATH).child("2001-06-16", "PT", 5), 70_000_000, 12_000_000, 0),
                c("child turning 23 on the incident date is not", DEFAULT,
                        claim(JKK_DEATH).child("2001-06-15", "PT", 5), 70_000_000, 0, 0, "SCHOLARSHIP_CHILD_TOO_OLD"),
                c("policy at most 23: a 23-year-old qualifies", AT_MOST_23,
                        claim(JKK_DEATH).child("2001-06-15", "PT", 5), 70_000_000, 12_000_000, 0),
                c("policy at most 23: 23 years 364 days qualifies", AT_MOST_23,
                        claim(JKK_DEATH).child("2000-06-16", "PT", 5), 70_000_000, 12_000_000, 0),
                c("policy at most 23: 24 does not", AT_MOST_23,
                        claim(JKK_DEATH).child("2000-06-15", "PT", 5), 70_000_000, 0, 0, "SCHOLARSHIP_CHILD_TOO_OLD"),
                c("born 29 Feb 2000: still 22 on 28 Feb 2023", DEFAULT,
                        claim(JKK_DEATH).incident(LocalDate.of(2023, 2, 28)).child("2000-02-29", "PT", 5),
                        70_000_000, 12_000_000, 0),
                c("born 29 Feb 2000: 23 on 1 Mar 2023", DEFAULT,
                        claim(JKK_DEATH).incident(LocalDate.of(2023, 3, 1)).child("2000-02-29", "PT", 5),
                        70_000_000, 0, 0, "SCHOLARSHIP_CHILD_TOO_OLD"),
                c("married child", DEFAULT,
                        claim(JKK_DEATH).child(new ChildInput(LocalDate.parse("2004-01-01"), "PT", 2, true, false)),
                        70_000_000, 0, 0, "SCHOLARSHIP_CHILD_MARRIED"),
                c("working child", DEFAULT,
                        claim(JKK_DEATH).child(new ChildInput(LocalDate.parse("2005-01-01"), "PT", 1, false, true)),
                        70_000_000, 0, 0, "SCHOLARSHIP_CHILD_WORKING"),
                c("ineligible children do not use up the two places", DEFAULT,
                        claim(JKK_DEATH).child(new ChildInput(LocalDate.parse("2005-01-01"), "PT", 1, false, true))
                                .child("2012-01-01", "SMP", 1).child("2015-01-01", "TK_SD", 5),
                        70_000_000, 156_000_000, 0, "SCHOLARSHIP_CHILD_WORKING"),
                c("child aged 5 not yet in school: deferred, full entitlement", DEFAULT,
                        claim(JKK_DEATH).preschooler("2019-01-01"), 70_000_000, 87_000_000, 0),
                c("child born after the death", DEFAULT,
                        claim(JKK_DEATH).preschooler("2024-10-01"), 70_000_000, 87_000_000, 0),
                c("grade absent = first year of SMA", DEFAULT,
                        claim(JKK_DEATH).child("2009-01-01", "SMA", null), 70_000_000, 69_000_000, 0),
                c("TK A (TK_SD grade 1) = full entitlement", DEFAULT,
                        claim(JKK_DEATH).child("2020-01-01", "TK_SD", 1), 70_000_000, 87_000_000, 0),
                c("policy continuous months: 40 cumulative but 20 continuous", CONTINUOUS,
                        claim(JKM_DEATH).months(40).continuousMonths(20).child("2012-01-01", "SMP", 1),
                        42_000_000, 0, 0, "SCHOLARSHIP_CONTRIBUTION_MONTHS_SHORT"),
                c("policy continuous months: 36 continuous", CONTINUOUS,
                        claim(JKM_DEATH).months(40).continuousMonths(36).child("2012-01-01", "SMP", 1),
                        42_000_000, 75_000_000, 0),

                // --- heirs ---
                c("spouse and child exclude a parent", DEFAULT,
                        claim(JKM_DEATH).heir("SPOUSE").heir("CHILD").heir("PARENT"),
                        42_000_000, 0, 0, "HEIR_LOWER_RANK"),
                c("only a parent: the parent receives everything", DEFAULT, claim(JKM_DEATH).heir("PARENT"),
                        42_000_000, 0, 0),
                c("no heir, only the funeral arranger: funeral cost only", DEFAULT,
                        claim(JKK_DEATH).heir("FUNERAL_ARRANGER").child("2012-01-01", "SMP", 1),
                        10_000_000, 0, 0, "NO_HEIR"),
                c("simulation without NIK prices the same", DEFAULT, claim(JKM_DEATH).nik(null).simulate(),
                        42_000_000, 0, 0));
    }

    private static Arguments c(String name, BenefitPolicy policy, Claims claim, long cash, long scholarship,
                               long medical, String... notPayable) {
        return arguments(name, policy, claim, cash, scholarship, medical, new TreeSet<>(Set.of(notPayable)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pricesTheClaimToTheRupiah(String name, BenefitPolicy policy, Claims claim, long cash, long scholarship,
                                   long medical, Set<String> notPayable) {
        ClaimOutcome outcome = new BenefitCalculator(BenefitTables.standard(), policy).compute(claim.build(), EVALUATION);

        assertThat(outcome).isInstanceOf(ClaimOutcome.Computed.class);
        ClaimOutcome.Computed computed = (ClaimOutcome.Computed) outcome;
        assertThat(computed.totalCash()).as("totalCash").isEqualTo(cash);
        assertThat(computed.scholarshipTotal()).as("scholarshipTotal").isEqualTo(scholarship);
        assertThat(computed.medicalCostRecorded()).as("medicalCostRecorded").isEqualTo(medical);
        Set<String> codes = computed.notPayable().stream().map(NotPayable::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(codes).as("notPayable codes").isEqualTo(notPayable);
        assertThat(computed.tableVersion()).isEqualTo("PP82-2019");
        assertThat(computed.components()).allSatisfy(component -> {
            assertThat(component.tableVersion()).isEqualTo("PP82-2019");
            assertThat(component.rule()).contains("PP 82/2019");
            assertThat(component.amount()).isNotNegative();
        });
    }
}
