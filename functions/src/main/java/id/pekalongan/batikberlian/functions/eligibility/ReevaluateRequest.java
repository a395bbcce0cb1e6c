package id.pekalongan.batikberlian.functions.eligibility;

/**
 * {@code {"reevaluate":{"kelurahan":"33.75.01.1004"}}}: refused applicants of that kelurahan reopened, so that the
 * stream judges them again under today's rules and reference data; {@code {"reevaluate":{}}} reopens every refusal.
 *
 * @param kelurahan the kelurahan code, or null for all of them
 */
public record ReevaluateRequest(String kelurahan) implements EligibilityRequest {

    public ReevaluateRequest {
        if (kelurahan != null && kelurahan.isBlank()) {
            kelurahan = null;
        }
    }
}
