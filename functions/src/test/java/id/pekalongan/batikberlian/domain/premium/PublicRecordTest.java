package id.pekalongan.batikberlian.domain.premium;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public record (RULES.md §4) as an oracle. The record gives totals, not the monthly roster, so the roster is a
 * synthetic history built from cohorts consistent with every published figure:
 * 2022: 423 approved in July, covered from August; 2023: growth to 1,277 (intakes from September to December, the
 * year-end ones not renewed); 2024: 1,000 funded for all 12 months by APBD, 1,700 added by APBD-P for 1–3 months.
 * The yearly rosters 423 + 1,277 + 2,700 give the published 4,400 participants.
 */
class PublicRecordTest {

    private record Cohort(String label, int people, LocalDate approvedOn, BillingPeriod lastCovered) {
    }

    private static final List<Cohort> HISTORY = List.of(
            new Cohort("2022 APBD intake", 423, LocalDate.of(2022, 7, 25), BillingPeriod.of(2024, 12)),
            new Cohort("2023 September intake", 327, LocalDate.of(2023, 8, 21), BillingPeriod.of(2024, 12)),
            new Cohort("2023 October intake", 200, LocalDate.of(2023, 9, 18), BillingPeriod.of(2024, 12)),
            new Cohort("2023 November intake, renewed", 50, LocalDate.of(2023, 10, 16), BillingPeriod.of(2024, 12)),
            new Cohort("2023 November intake, not renewed", 150, LocalDate.of(2023, 10, 16), BillingPeriod.of(2023, 12)),
            new Cohort("2023 December intake, not renewed", 127, LocalDate.of(2023, 11, 20), BillingPeriod.of(2023, 12)),
            new Cohort("2024 APBD-P October", 200, LocalDate.of(2024, 9, 23), BillingPeriod.of(2024, 12)),
            new Cohort("2024 APBD-P November", 500, LocalDate.of(2024, 10, 21), BillingPeriod.of(2024, 12)),
            new Cohort("2024 APBD-P December", 1_000, LocalDate.of(2024, 11, 18), BillingPeriod.of(2024, 12)));

    private final PremiumCalculator calculator = PremiumCalculator.standard();
    private final BillingEligibility eligibility = new BillingEligibility(BillingPolicy.DEFAULT, calculator);

    /** Participants billed per month, each cohort's member decided by the billing rules (status ENDED after cover). */
    private Map<BillingPeriod, Long> rosterByMonth() {
        Map<BillingPeriod, Long> roster = new LinkedHashMap<>();
        for (BillingPeriod p = PublicRecord.FIRST_PERIOD; !p.isAfter(PublicRecord.LAST_PERIOD); p = p.next()) {
            long billed = 0;
            for (Cohort cohort : HISTORY) {
                BillingCandidate member = BillingCandidate.active("3375010101800001", LocalDate.of(1980, 1, 1),
                        cohort.approvedOn());
                if (p.isAfter(cohort.lastCovered())) {
                    member = member.withStatus(MembershipStatus.ENDED);
                }
                if (eligibility.decide(member, p) instanceof BillingDecision.Billable) {
                    billed += cohort.people();
                }
            }
            roster.put(p, billed);
        }
        return roster;
    }

    /** The same total by arithmetic on the cohorts alone: people × months from coverage start to last month. */
    private static long participantMonthsFromCohorts() {
        long total = 0;
        for (Cohort cohort : HISTORY) {
            BillingPeriod start = BillingPeriod.containing(BillingPolicy.DEFAULT.coverageStart(cohort.approvedOn()));
            total += cohort.people() * (start.monthsUntil(cohort.lastCovered()) + 1);
        }
        return total;
    }

    @Test
    void monthByMonthRosterAddsUpToThePublishedParticipantMonths() {
        long monthByMonth = rosterByMonth().values().stream().mapToLong(Long::longValue).sum();

        assertThat(monthByMonth).isEqualTo(participantMonthsFromCohorts());
        assertThat(monthByMonth).isEqualTo(PublicRecord.PARTICIPANT_MONTHS);
        assertThat(rosterByMonth()).hasSize(29);
    }

    @Test
    void premiumsPricedByTheCalculatorMatchThePublishedSpendWithinOneMonthsPremium() {
        long priced = 0;
        for (Map.Entry<BillingPeriod, Long> month : rosterByMonth().entrySet()) {
            priced += month.getValue() * calculator.premiumAtDefault(month.getKey()).total();
        }

        assertThat(priced).isEqualTo(406_996_800L);
        assertThat(Math.abs(priced - PublicRecord.PREMIUMS_PAID))
                .isLessThanOrEqualTo(calculator.premiumAtDefault(PublicRecord.LAST_PERIOD).total());
    }

    static Stream<Arguments> months() {
        return Stream.of(
                Arguments.of("2022-07", 0L),
                Arguments.of("2022-08", 423L),
                Arguments.of("2022-12", 423L),
                Arguments.of("2023-08", 423L),
                Arguments.of("2023-09", 750L),
                Arguments.of("2023-10", 950L),
                Arguments.of("2023-11", 1_150L),
                Arguments.of("2023-12", 1_277L),
                Arguments.of("2024-01", 1_000L),
                Arguments.of("2024-09", 1_000L),
                Arguments.of("2024-10", 1_200L),
                Arguments.of("2024-11", 1_700L),
                Arguments.of("2024-12", 2_700L));
    }

    @ParameterizedTest(name = "{0}: {1} billed")
    @MethodSource("months")
    void rosterSizeByMonth(String period, long billed) {
        assertThat(rosterByMonth().getOrDefault(BillingPeriod.parse(period), 0L)).isEqualTo(billed);
    }

    /** People on the roster at some point in {@code year}. */
    private static long onRosterIn(int year) {
        return HISTORY.stream()
                .filter(c -> !BillingPeriod.containing(BillingPolicy.DEFAULT.coverageStart(c.approvedOn()))
                        .isAfter(BillingPeriod.of(year, 12)))
                .filter(c -> c.lastCovered().month().getYear() >= year)
                .mapToLong(Cohort::people)
                .sum();
    }

    @ParameterizedTest(name = "{0}: {1} on the roster at some point, quota {2}")
    @CsvSource({
            "2022, 423,  1000",
            "2023, 1277, 2000",
            "2024, 2700, 2700",
    })
    void yearlyRostersStayWithinQuota(int year, long people, long quota) {
        assertThat(onRosterIn(year)).isEqualTo(people).isLessThanOrEqualTo(quota);
        assertThat(rosterByMonth().entrySet().stream()
                .filter(e -> e.getKey().month().getYear() == year)
                .mapToLong(Map.Entry::getValue).max().orElseThrow()).isLessThanOrEqualTo(quota);
    }

    @Test
    void yearlyRostersSumToThePublishedParticipants() {
        assertThat(onRosterIn(2022)).isEqualTo(PublicRecord.PARTICIPANTS_2022);
        assertThat(onRosterIn(2022) + onRosterIn(2023) + onRosterIn(2024)).isEqualTo(PublicRecord.PARTICIPANTS);
    }

    @Test
    void in2024OneThousandHaveTwelveMonthsAndSeventeenHundredOneToThree() {
        Map<Integer, Long> peopleByMonthsIn2024 = new LinkedHashMap<>();
        for (Cohort cohort : HISTORY) {
            BillingPeriod start = BillingPeriod.containing(BillingPolicy.DEFAULT.coverageStart(cohort.approvedOn()));
            BillingPeriod from = start.isBefore(BillingPeriod.of(2024, 1)) ? BillingPeriod.of(2024, 1) : start;
            long months = cohort.lastCovered().isBefore(from) ? 0 : from.monthsUntil(cohort.lastCovered()) + 1;
            if (months > 0) {
                peopleByMonthsIn2024.merge((int) months, (long) cohort.people(), Long::sum);
            }
        }

        assertThat(peopleByMonthsIn2024.get(12)).isEqualTo(PublicRecord.FULL_YEAR_2024);
        assertThat(peopleByMonthsIn2024.entrySet().stream().filter(e -> e.getKey() <= 3)
                .mapToLong(Map.Entry::getValue).sum()).isEqualTo(PublicRecord.APBD_P_2024);
        assertThat(peopleByMonthsIn2024.keySet()).allMatch(m -> m == 12 || (m >= 1 && m <= 3));
    }

    @ParameterizedTest(name = "{0} JKM deaths × {1} = {2}")
    @CsvSource({"14, 42000000, 588000000"})
    void deathClaimsPaidAreFourteenJkmBenefits(int deaths, long perDeath, long paid) {
        assertThat(PublicRecord.JKM_DEATH_BENEFIT).isEqualTo(perDeath);
        assertThat(PublicRecord.JKM_DEATH_CLAIMS).isEqualTo(deaths);
        assertThat(PublicRecord.JKM_DEATH_CLAIMS * PublicRecord.JKM_DEATH_BENEFIT)
                .isEqualTo(PublicRecord.JKM_DEATH_CLAIMS_PAID)
                .isEqualTo(paid);
    }
}
