package id.pekalongan.batikberlian.domain.participant;

/** Where a registered worker stands; these words are stored and shown by the API as they are. */
public enum ParticipantStatus {
    /** Registered, not yet judged. */
    PENDING,
    /** Judged and refused; the decision says which rule and why. */
    INELIGIBLE,
    /** Eligible, but the programme year's quota was full: waiting in arrival order. */
    WAITLISTED,
    /** Covered: premiums are paid for them from the coverage start. */
    ACTIVE,
    /** Taken off the programme: aged out, died, withdrew. */
    ENDED,
    /** Three consecutive months unpaid: not covered until re-registered. */
    LAPSED
}
