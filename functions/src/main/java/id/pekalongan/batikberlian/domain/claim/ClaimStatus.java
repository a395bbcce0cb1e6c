package id.pekalongan.batikberlian.domain.claim;

import java.util.Optional;

/** Where a claim stands. A claim only moves forward, one step at a time. */
public enum ClaimStatus {
    /** Received, coverage confirmed. */
    SUBMITTED,
    /** The benefit is priced and the breakdown is attached. */
    COMPUTED,
    /** Checked and approved by city staff. */
    APPROVED,
    /** Paid out by finance. */
    PAID;

    /** The one status this one may move to; none after PAID. */
    public Optional<ClaimStatus> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public boolean mayMoveTo(ClaimStatus target) {
        return next().filter(target::equals).isPresent();
    }
}
