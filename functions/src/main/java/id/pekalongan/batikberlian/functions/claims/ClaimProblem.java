package id.pekalongan.batikberlian.functions.claims;

import java.util.List;

/**
 * A claim that cannot be accepted, with an HTTP-style status (400 bad input, 404 unknown, 409 conflict, 422 not
 * covered) and every reason found; the first reason is the headline.
 */
public final class ClaimProblem extends RuntimeException {

    private final int status;
    private final List<ClaimReason> reasons;

    public ClaimProblem(int status, List<ClaimReason> reasons) {
        super(reasons.isEmpty() ? "klaim ditolak" : reasons.get(0).message());
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one reason");
        }
        this.status = status;
        this.reasons = List.copyOf(reasons);
    }

    public static ClaimProblem of(int status, String code, String field, String message) {
        return new ClaimProblem(status, List.of(new ClaimReason(code, field, null, message)));
    }

    public int status() {
        return status;
    }

    public List<ClaimReason> reasons() {
        return reasons;
    }

    public String code() {
        return reasons.get(0).code();
    }
}
