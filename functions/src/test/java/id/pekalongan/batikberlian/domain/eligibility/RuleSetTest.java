package id.pekalongan.batikberlian.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pekalongan.batikberlian.domain.nik.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleSetTest {

    private final RuleSet rules = RuleSet.standard();

    static Stream<Arguments> candidates() {
        return Stream.of(
                Arguments.of("eligible, no warnings", Fixtures.ELIGIBLE, true, List.of()),
                Arguments.of("NIK from Kabupaten Pekalongan only warns",
                        Fixtures.withNik("3326014506900003"), true, List.of("NIK_PREFIX_OUTSIDE_CITY")),
                Arguments.of("recorded sex differs: warns",
                        Fixtures.withNikAndBirth(Fixtures.NIK, LocalDate.of(1990, 6, 5), Sex.MALE), true,
                        List.of("NIK_SEX_MISMATCH")),
                Arguments.of("recorded birth date differs: warns",
                        Fixtures.withBirthDate(LocalDate.of(1990, 6, 6)), true, List.of("NIK_BIRTH_DATE_MISMATCH")),
                Arguments.of("damaged NIK rejects; NIK checks that need it are skipped",
                        Fixtures.withNik("3.37501E+15"), false, List.of("NIK_DAMAGED")),
                Arguments.of("too old, kelurahan of the kabupaten, unknown occupation",
                        new Candidate("3375010101500001", "Darmo", LocalDate.of(1950, 1, 1), Sex.MALE, "Nelayan",
                                "Kedungwuni", null, PriorityFlags.NONE),
                        false, List.of("AGE_TOO_OLD", "OCCUPATION_UNKNOWN", "KELURAHAN_OUTSIDE_CITY")),
                Arguments.of("empty row",
                        new Candidate("", "", null, null, "", "", null, null),
                        false, List.of("REQUIRED_FIELD_MISSING")),
                Arguments.of("kecamatan contradicts kelurahan",
                        Fixtures.withDomicile("Medono", "Pekalongan Utara"), false, List.of("KECAMATAN_MISMATCH")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("candidates")
    void decides(String why, Candidate candidate, boolean eligible, List<String> codes) {
        EligibilityDecision decision = rules.evaluate(candidate, Fixtures.context());

        assertThat(decision.eligible()).as(why).isEqualTo(eligible);
        assertThat(decision.reasonCodes()).as(why).isEqualTo(codes);
        assertThat(decision.results()).extracting(RuleResult::ruleId)
                .containsExactlyElementsOf(rules.rules().stream().map(EligibilityRule::id).toList());
        assertThat(decision.ruleSetVersion()).isEqualTo("2023.1");
    }

    @Test
    void alreadyActiveParticipantIsRejected() {
        EligibilityDecision decision = rules.evaluate(Fixtures.ELIGIBLE,
                Fixtures.context(Fixtures.EVALUATION_DATE, Fixtures.NIK));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasonCodes()).containsExactly("ALREADY_ACTIVE_PARTICIPANT");
    }

    @Test
    void carriesTheNormalisedReferenceValues() {
        Candidate candidate = Fixtures.withDomicile("kel. sapuro-kebulen", "pek barat");

        EligibilityDecision decision = rules.evaluate(candidate, Fixtures.context());

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.matchedKelurahan()).hasValueSatisfying(k -> {
            assertThat(k.code()).isEqualTo("33.75.01.1004");
            assertThat(k.name()).isEqualTo("Sapuro Kebulen");
        });
        assertThat(decision.matchedOccupation()).hasValueSatisfying(o -> assertThat(o.code()).isEqualTo("BURUH_BATIK"));
        assertThat(decision.parsedNik()).hasValueSatisfying(n -> assertThat(n.digits()).isEqualTo(Fixtures.NIK));
        assertThat(decision.maskedNik()).isEqualTo("3375********0003");
        assertThat(decision.evaluatedOn()).isEqualTo(Fixtures.EVALUATION_DATE);
    }

    @Test
    void invalidNikLeavesNoParsedNikButAMask() {
        EligibilityDecision decision = rules.evaluate(Fixtures.withNik("337501450690003"), Fixtures.context());

        assertThat(decision.parsedNik()).isEmpty();
        assertThat(decision.maskedNik()).isEqualTo("337*********003");
        assertThat(decision.failures()).extracting(RuleResult::code).containsExactly("NIK_LENGTH");
    }

    @Test
    void warningsDoNotMakeARowIneligible() {
        Candidate candidate = Fixtures.withNikAndBirth("3326010506900003", LocalDate.of(1990, 6, 6), Sex.FEMALE);

        EligibilityDecision decision = rules.evaluate(candidate, Fixtures.context());

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.warnings()).extracting(RuleResult::code)
                .containsExactly("NIK_PREFIX_OUTSIDE_CITY", "NIK_BIRTH_DATE_MISMATCH", "NIK_SEX_MISMATCH");
        assertThat(decision.failures()).isEmpty();
    }

    @Test
    void policyChangesTheAgeLimits() {
        RuleSet stricter = RuleSet.standard("test", new EligibilityPolicy(18, 60, 100));
        Candidate sixtyOne = Fixtures.withNikAndBirth(Fixtures.nikFor(LocalDate.of(1962, 6, 5), Sex.FEMALE),
                LocalDate.of(1962, 6, 5), Sex.FEMALE);

        assertThat(rules.evaluate(sixtyOne, Fixtures.context()).eligible()).isTrue();
        assertThat(stricter.evaluate(sixtyOne, Fixtures.context()).reasonCodes()).containsExactly("AGE_TOO_OLD");
    }

    @Test
    void refusesTheSameRuleTwice() {
        assertThatThrownBy(() -> new RuleSet("x", List.of(new AgeRule(18, 65), new AgeRule(18, 60))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void candidateNeverPrintsTheFullNik() {
        assertThat(Fixtures.ELIGIBLE.toString()).doesNotContain(Fixtures.NIK).contains("3375********0003");
    }
}
