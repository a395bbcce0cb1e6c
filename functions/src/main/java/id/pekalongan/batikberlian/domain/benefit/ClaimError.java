package id.pekalongan.batikberlian.domain.benefit;

/** Why a request cannot be priced: reason code, the field path (e.g. {@code children[2].grade}), value, message. */
public record ClaimError(String code, String field, String value, String message) {

    static ClaimError of(RejectReason reason, String field, Object value, String message) {
        return new ClaimError(reason.name(), field, value == null ? null : String.valueOf(value), message);
    }
}
