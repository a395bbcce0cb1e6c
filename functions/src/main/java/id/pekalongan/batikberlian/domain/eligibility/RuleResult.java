package id.pekalongan.batikberlian.domain.eligibility;

/**
 * What one rule found. Every variant says which rule spoke, a stable code, the field and value concerned (masked
 * when personal), what was expected, and a message in Bahasa Indonesia for the kelurahan clerk.
 *
 * <p>A rule whose input is missing answers {@link Pass} with a {@code _SKIPPED} code: the missing input is already
 * a failure of {@link RequiredFieldsRule}, and a clerk should read each problem once.
 */
public sealed interface RuleResult {

    String ruleId();

    String code();

    String field();

    String value();

    String expected();

    String message();

    /** Accepted on this rule. */
    record Pass(String ruleId, String code, String field, String value, String expected, String message)
            implements RuleResult {
        public Pass {
            requireAll(ruleId, code, field, value, expected, message);
        }
    }

    /** A hard rule is broken: the row is rejected. */
    record Fail(String ruleId, String code, String field, String value, String expected, String message)
            implements RuleResult {
        public Fail {
            requireAll(ruleId, code, field, value, expected, message);
        }
    }

    /** Accepted, but staff should look at it. */
    record Warn(String ruleId, String code, String field, String value, String expected, String message)
            implements RuleResult {
        public Warn {
            requireAll(ruleId, code, field, value, expected, message);
        }
    }

    static Pass pass(String ruleId, String field, String message) {
        return new Pass(ruleId, ruleId + "_OK", field, "", "", message);
    }

    static Pass skipped(String ruleId, String field, String message) {
        return new Pass(ruleId, ruleId + "_SKIPPED", field, "", "", message);
    }

    /** Six parameters, not varargs: a result is made for every row, and an array for each would be garbage. */
    private static void requireAll(String ruleId, String code, String field, String value, String expected,
                                   String message) {
        if (ruleId == null || code == null || field == null || value == null || expected == null
                || message == null) {
            throw new NullPointerException("rule results carry no nulls; use \"\"");
        }
    }
}
