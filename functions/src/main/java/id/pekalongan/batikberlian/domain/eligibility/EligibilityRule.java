package id.pekalongan.batikberlian.domain.eligibility;

/**
 * One eligibility criterion, small enough to read at a glance; a {@link RuleSet} runs them all. A rule never throws
 * for bad input: bad input is what it reports.
 */
public interface EligibilityRule {

    /** Stable identifier, e.g. "AGE_RANGE", written with every result. */
    String id();

    RuleResult evaluate(Candidate candidate, EvaluationContext context);
}
