package id.pekalongan.batikberlian.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.domain.nik.Sex;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A rule asked only whether it fails answers what its full evaluation answers, for every rule in force. */
class RuleFailureProperties {

    @Provide
    Arbitrary<Candidate> candidates() {
        Arbitrary<String> niks = Arbitraries.oneOf(
                Arbitraries.of(Fixtures.NIK, "3375010101900001", "3375014506900000", "3.37501E+15", "", " ", "'",
                        "337501450690000", "3375019913900003", "9975014506900003", null),
                Arbitraries.strings().withChars("0123456789 .-").ofMinLength(14).ofMaxLength(18));
        Arbitrary<String> kelurahan = Arbitraries.of("Medono", "medono ", "Kel. Sapuro Kebulen", "Wiradesa",
                "Kedungwuni", "Atlantis", "", null);
        Arbitrary<String> kecamatan = Arbitraries.of("Pekalongan Barat", "Pekalongan Utara", "Kec. Wiradesa",
                "Nowhere", "", null);
        Arbitrary<LocalDate> births = Arbitraries.of(LocalDate.of(1990, 6, 5), LocalDate.of(1950, 1, 1),
                LocalDate.of(2015, 3, 3), null);
        Arbitrary<Sex> sexes = Arbitraries.of(Sex.FEMALE, Sex.MALE).injectNull(0.2);
        Arbitrary<String> occupations = Arbitraries.of("Buruh batik", "Tukang becak", "Astronaut", "", null);
        return Combinators.combine(niks, births, sexes, occupations, kelurahan, kecamatan)
                .as((nik, birth, sex, occupation, kel, kec) -> new Candidate(nik, "Siti Aminah", birth, sex,
                        occupation, kel, kec, PriorityFlags.NONE));
    }

    @Property(tries = 2000)
    void failureIsTheEvaluationsFailure(@ForAll("candidates") Candidate candidate) {
        EvaluationContext context = Fixtures.context();
        for (EligibilityRule rule : RuleSet.standard().rules()) {
            RuleResult full = rule.evaluate(candidate, context);
            assertThat(rule.failure(candidate, context)).as(rule.id())
                    .isEqualTo(full instanceof RuleResult.Fail fail ? fail : null);
        }
    }
}
