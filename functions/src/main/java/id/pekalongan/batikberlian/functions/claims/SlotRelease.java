package id.pekalongan.batikberlian.functions.claims;

/**
 * Told when a claim ended a participant's membership (a death), so that the quota slot of that programme year is
 * freed and the waitlist moves. Implemented by the quota service; called after the claim and the end of membership
 * are stored, so an implementation must be idempotent (a retried claim may tell it twice).
 */
public interface SlotRelease {

    void slotFreed(String nik, int programmeYear);
}
