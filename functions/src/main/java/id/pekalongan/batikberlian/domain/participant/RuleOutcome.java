package id.pekalongan.batikberlian.domain.participant;

/**
 * One rule's verdict as stored with a decision, so a clerk can read later which rule passed, warned or failed and on
 * what value (masked when personal).
 */
public record RuleOutcome(String ruleId, String outcome, String code, String field, String value, String expected,
                          String message) {
}
