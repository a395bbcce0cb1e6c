package id.pekalongan.batikberlian.domain.participant;

/**
 * Told when a participant's membership ended (death, age-out, lapse) so that their quota slot of that programme year
 * is given back and the waitlist moves up. Callers tell it after the end is stored, and may tell it twice (a retried
 * claim, a re-run billing): an implementation frees a slot once per participant and year.
 */
public interface SlotRelease {

    void slotFreed(String nik, int programmeYear);
}
