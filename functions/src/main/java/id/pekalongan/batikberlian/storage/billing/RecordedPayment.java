package id.pekalongan.batikberlian.storage.billing;

import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.PremiumPayment;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** A premium payment for one participant as finance recorded it. */
public record RecordedPayment(String paymentId, String nik, LocalDate paidOn, long amount,
                              List<BillingPeriod> periods, String recordedBy) {

    public RecordedPayment {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(paidOn, "paidOn");
        periods = List.copyOf(new TreeSet<>(periods));
    }

    public PremiumPayment toDomain() {
        return PremiumPayment.of(paidOn, amount, new TreeSet<>(periods));
    }

    /** Same payment: everything but who recorded it. */
    public boolean sameAs(RecordedPayment other) {
        return paymentId.equals(other.paymentId) && nik.equals(other.nik) && paidOn.equals(other.paidOn)
                && amount == other.amount && periods.equals(other.periods);
    }

    @Override
    public String toString() {
        return "RecordedPayment[" + paymentId + ", " + NikMask.mask(nik) + ", " + paidOn + ", " + amount + ", "
                + periods + "]";
    }
}
