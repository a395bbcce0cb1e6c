package id.pekalongan.batikberlian.domain.claim;

import id.pekalongan.batikberlian.domain.benefit.ClaimOutcome;
import id.pekalongan.batikberlian.domain.benefit.ClaimRequest;
import id.pekalongan.batikberlian.domain.nik.NikMask;
import java.time.Instant;
import java.util.List;

/**
 * A stored claim: the request as it was priced (declared income and contribution months filled in from the
 * participant's records), the breakdown, and its life so far.
 *
 * @param participantEnded whether filing this claim ended the participant's membership (a death claim)
 */
public record ClaimRecord(String claimId, ClaimRequest request, ClaimOutcome.Computed breakdown, ClaimStatus status,
                          List<ClaimTransition> history, Instant createdAt, boolean participantEnded, long version) {

    public ClaimRecord {
        history = List.copyOf(history);
    }

    public String nik() {
        return request.nik();
    }

    @Override
    public String toString() {
        return "ClaimRecord[" + claimId + ", " + NikMask.mask(request.nik()) + ", " + request.type() + ", "
                + request.incidentDate() + ", " + status + "]";
    }
}
