package id.pekalongan.batikberlian.storage.billing;

import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;

/**
 * A correction of a closed month, billed in a later, open month ({@code ADJUST#<nik>#<n>}): the closed month's lines
 * are never edited. Amounts are signed (a refund is negative).
 */
public record Adjustment(BillingPeriod period, String nik, int sequence, BillingPeriod correctsPeriod, long jkk,
                         long jkm, String reason) {

    public long total() {
        return jkk + jkm;
    }

    @Override
    public String toString() {
        return "Adjustment[" + period + ", " + NikMask.mask(nik) + "#" + sequence + ", corrects " + correctsPeriod
                + ", " + total() + "]";
    }
}
