package id.pekalongan.batikberlian.functions.claims;

/** One reason a claim is refused: a stable code, the field it concerns, the value (never a NIK), a message. */
public record ClaimReason(String code, String field, String value, String message) {
}
