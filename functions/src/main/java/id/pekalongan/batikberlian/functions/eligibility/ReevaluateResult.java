package id.pekalongan.batikberlian.functions.eligibility;

/** The answer to a {@link ReevaluateRequest}: how many refusals went back to {@code PENDING}. */
public record ReevaluateResult(int reopened) {
}
