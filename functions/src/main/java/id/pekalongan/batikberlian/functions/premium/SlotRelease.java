package id.pekalongan.batikberlian.functions.premium;

/**
 * Told when the billing run frees a quota slot (an age-out or a lapse), so the waitlist can promote the next
 * applicant of that programme year. Optional: without an implementation the run still records the change, and the
 * change item keeps {@code slotReleased=false} until one is told.
 */
public interface SlotRelease {

    void slotFreed(String nik, int programmeYear);
}
