package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.Occupation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one candidate under one rule-set version.
 *
 * @param eligible       true when no rule failed (warnings do not count)
 * @param ruleSetVersion which rules decided, e.g. "2023.1"
 * @param evaluatedOn    the evaluation date
 * @param maskedNik      the NIK as it may be shown
 * @param results        every rule's result, in the rule set's order
 * @param nik            the parsed NIK, or null when it is invalid
 * @param kelurahan      the matched kelurahan of the city, or null
 * @param occupation     the matched occupation (whether or not in force on the date), or null
 */
public record EligibilityDecision(
        boolean eligible,
        String ruleSetVersion,
        LocalDate evaluatedOn,
        String maskedNik,
        List<RuleResult> results,
        Nik nik,
        Kelurahan kelurahan,
        Occupation occupation) {

    public EligibilityDecision {
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        results = List.copyOf(results);
        boolean anyFailure = false;
        for (RuleResult r : results) {
            anyFailure |= r instanceof RuleResult.Fail;
        }
        if (eligible == anyFailure) {
            throw new IllegalArgumentException("eligible must be exactly 'no rule failed'");
        }
    }

    public List<RuleResult.Fail> failures() {
        if (eligible) {
            return List.of();
        }
        List<RuleResult.Fail> failures = new java.util.ArrayList<>(2);
        for (RuleResult r : results) {
            if (r instanceof RuleResult.Fail f) {
                failures.add(f);
            }
        }
        return List.copyOf(failures);
    }

    public List<RuleResult.Warn> warnings() {
        return results.stream().filter(RuleResult.Warn.class::isInstance).map(RuleResult.Warn.class::cast).toList();
    }

    /** The codes of the failures and warnings, in order — what a report row lists. */
    public List<String> reasonCodes() {
        return results.stream().filter(r -> !(r instanceof RuleResult.Pass)).map(RuleResult::code).toList();
    }

    public Optional<Nik> parsedNik() {
        return Optional.ofNullable(nik);
    }

    public Optional<Kelurahan> matchedKelurahan() {
        return Optional.ofNullable(kelurahan);
    }

    public Optional<Occupation> matchedOccupation() {
        return Optional.ofNullable(occupation);
    }
}
