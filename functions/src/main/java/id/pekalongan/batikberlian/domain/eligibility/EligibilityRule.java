package id.pekalongan.batikberlian.domain.eligibility;

/**
 * One eligibility criterion, small enough to read at a glance; a {@link RuleSet} runs them all. A rule never throws
 * for bad input: bad input is what it reports.
 */
public interface EligibilityRule {

    /** Stable identifier, e.g. "AGE_RANGE", written with every result. */
    String id();

    RuleResult evaluate(Candidate candidate, EvaluationContext context);

    /**
     * Only whether the rule fails, for a caller that stores rows rather than explaining them: the failure, or null.
     * A rule whose pass costs work to word may answer without wording it; the verdict must be {@link #evaluate}'s.
     */
    default RuleResult.Fail failure(Candidate candidate, EvaluationContext context) {
        return evaluate(candidate, context) instanceof RuleResult.Fail fail ? fail : null;
    }
}
