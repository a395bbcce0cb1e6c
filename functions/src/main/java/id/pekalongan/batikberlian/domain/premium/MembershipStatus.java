package id.pekalongan.batikberlian.domain.premium;

/** A participant's membership as far as billing cares. */
public enum MembershipStatus {
    /** Approved and kept on the monthly roster. */
    ACTIVE,
    /** Three consecutive months unpaid: inactive until re-registered. */
    LAPSED,
    /** Taken off the programme (aged out, died, withdrew, moved away). */
    ENDED
}
