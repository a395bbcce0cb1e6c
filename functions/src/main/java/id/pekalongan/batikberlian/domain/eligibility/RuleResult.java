package id.pekalongan.batikberlian.domain.eligibility;

import java.util.Objects;

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

    private static void requireAll(String... parts) {
        for (String part : parts) {
            Objects.requireNonNull(part, "rule results carry no nulls; use \"\"");
        }
    }
}
