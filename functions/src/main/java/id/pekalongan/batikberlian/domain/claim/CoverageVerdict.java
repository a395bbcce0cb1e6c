package id.pekalongan.batikberlian.domain.claim;

/** Whether a participant was covered on an incident date, and if not, why (a stable code and a message). */
public sealed interface CoverageVerdict permits CoverageVerdict.Covered, CoverageVerdict.NotCovered {

    /** @param endsParticipant a death claim for an ACTIVE participant: the membership ends on the death date */
    record Covered(boolean endsParticipant) implements CoverageVerdict {
    }

    /** @param status the HTTP-style status the refusal carries (404 unknown, 409 conflict, 422 not covered) */
    record NotCovered(int status, String code, String field, String message) implements CoverageVerdict {
    }
}
