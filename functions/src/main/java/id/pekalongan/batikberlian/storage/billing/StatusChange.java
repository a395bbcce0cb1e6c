package id.pekalongan.batikberlian.storage.billing;

/**
 * A membership change decided by a period's run ({@code CHANGE#<nik>} in that period), written before the applicant
 * is touched so that a crash between the two cannot lose it: the end of the run applies every change still PENDING
 * and tells the waitlist about every freed slot not yet released. It works as an outbox.
 *
 * @param toStatus     ENDED or LAPSED
 * @param reason       AGE_OUT or ARREARS
 * @param state        PENDING, APPLIED, or SKIPPED (the applicant had already been changed by someone else)
 * @param slotReleased whether the waitlist has been told
 */
public record StatusChange(String nik, String toStatus, String reason, int programmeYear, String state,
                           boolean slotReleased) {

    public static final String PENDING = "PENDING";
    public static final String APPLIED = "APPLIED";
    public static final String SKIPPED = "SKIPPED";

    public StatusChange withState(String newState) {
        return new StatusChange(nik, toStatus, reason, programmeYear, newState, slotReleased);
    }
}
