package id.pekalongan.batikberlian.domain.participant;

import java.time.LocalDate;
import java.util.List;

/** An eligibility decision as kept with the applicant: every rule's outcome and the rule-set version that judged. */
public record StoredDecision(String ruleSetVersion, LocalDate evaluatedOn, boolean eligible,
                             List<RuleOutcome> results) {

    public List<RuleOutcome> failures() {
        return results.stream().filter(r -> "FAIL".equals(r.outcome())).toList();
    }

    public List<RuleOutcome> warnings() {
        return results.stream().filter(r -> "WARN".equals(r.outcome())).toList();
    }
}
