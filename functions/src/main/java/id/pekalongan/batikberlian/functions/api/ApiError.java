package id.pekalongan.batikberlian.functions.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A request the API refuses, with a stable reason code and a message the form can show next to the field. */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;

    public ApiError(int status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Body body() {
        return new Body(code, field, getMessage());
    }

    /** The refusal as the caller reads it; {@code field} only when one field is at fault. */
    public record Body(String code, @JsonInclude(JsonInclude.Include.NON_NULL) String field, String message) {
    }
}
