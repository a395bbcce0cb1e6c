package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.premium.Arrears;
import id.pekalongan.batikberlian.domain.premium.ArrearsStanding;
import id.pekalongan.batikberlian.domain.premium.BilledPeriod;
import id.pekalongan.batikberlian.domain.premium.BillingCandidate;
import id.pekalongan.batikberlian.domain.premium.BillingDecision;
import id.pekalongan.batikberlian.domain.premium.BillingEligibility;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.MembershipStatus;
import id.pekalongan.batikberlian.domain.premium.Premium;
import id.pekalongan.batikberlian.domain.premium.PremiumPayment;
import id.pekalongan.batikberlian.storage.billing.BillLine;
import id.pekalongan.batikberlian.storage.billing.BillingStore;
import id.pekalongan.batikberlian.storage.billing.PaymentStore;
import id.pekalongan.batikberlian.storage.billing.RecordedPayment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One period's decision on each ACTIVE participant, with the domain ({@link BillingEligibility}, {@link Arrears}):
 * a bill line, or the reason there is none, counted per reason. An age-out or a lapse found on the way is recorded as
 * a {@link MembershipChanges membership change}.
 */
final class ParticipantDecisions {

    /** Reason codes for participants left off the bill beyond the domain's {@code NotBillableReason}. */
    static final String LAPSED_ARREARS = "LAPSED_ARREARS";
    static final String INCOMPLETE_RECORD = "INCOMPLETE_RECORD";

    private final BillingPeriod period;
    private final BillingEligibility eligibility;
    private final Arrears arrears;
    private final BillingStore bills;
    private final PaymentStore payments;
    private final MembershipChanges changes;
    private final Map<String, Long> previousTotals;
    private final Map<String, List<RecordedPayment>> previousPayments;
    private final Map<String, Long> notBilled = new TreeMap<>();

    private ParticipantDecisions(BillingPeriod period, BillingEligibility eligibility, Arrears arrears,
                                 BillingStore bills, PaymentStore payments, MembershipChanges changes,
                                 Map<String, Long> previousTotals,
                                 Map<String, List<RecordedPayment>> previousPayments) {
        this.period = period;
        this.eligibility = eligibility;
        this.arrears = arrears;
        this.bills = bills;
        this.payments = payments;
        this.changes = changes;
        this.previousTotals = previousTotals;
        this.previousPayments = previousPayments;
    }

    /**
     * Reads last month's lines and the payments naming it once, up front, so that only a participant who may have
     * lapsed costs reads of their own.
     */
    static ParticipantDecisions forPeriod(BillingPeriod period, BillingEligibility eligibility, Arrears arrears,
                                          BillingStore bills, PaymentStore payments, MembershipChanges changes) {
        Map<String, Long> previousTotals = bills.lineTotals(period.previous());
        Map<String, List<RecordedPayment>> previousPayments = payments.naming(period.previous());
        return new ParticipantDecisions(period, eligibility, arrears, bills, payments, changes, previousTotals,
                previousPayments);
    }

    /** Reason code → participants left off the bill so far by these decisions. */
    Map<String, Long> notBilled() {
        return notBilled;
    }

    Optional<BillLine> decide(Applicant a) {
        LocalDate first = period.firstDay();
        if (a.birthDate() == null || (a.approvedOn() == null && a.coverageStart() == null)) {
            return notBilled(INCOMPLETE_RECORD);
        }
        // The stored coverage start is the fact; the policy's "month after approval" only fills it in.
        if (a.coverageStart() != null && a.coverageStart().isAfter(first)) {
            return notBilled("NOT_YET_COVERED");
        }
        LocalDate approvedOn = a.approvedOn() != null ? a.approvedOn() : a.coverageStart().minusMonths(1);
        Optional<LocalDate> death = Optional.ofNullable(a.deathDate());
        BillingCandidate candidate = new BillingCandidate(a.nik(), MembershipStatus.ACTIVE, a.birthDate(),
                approvedOn, death, a.declaredIncome() > 0 ? OptionalLong.of(a.declaredIncome())
                : OptionalLong.empty());
        BillingDecision decision = eligibility.decide(candidate, period);
        if (decision instanceof BillingDecision.NotBillable nb) {
            if (nb.reason().name().equals("AGED_OUT")) {
                changes.ageOut(a.nik(), year(a));
            }
            return notBilled(nb.reason().code());
        }
        if (lapsed(a.nik())) {
            changes.lapse(a.nik(), year(a));
            return notBilled(LAPSED_ARREARS);
        }
        Premium p = ((BillingDecision.Billable) decision).premium();
        return Optional.of(new BillLine(a.nik(), a.name(), a.birthDate(), a.occupation(), a.kelurahanCode(),
                p.declaredIncome(), p.jkk(), p.jkm(), p.total(), p.rateVersion(), a.programmeYear()));
    }

    private int year(Applicant a) {
        return a.programmeYear() != null ? a.programmeYear() : period.month().getYear();
    }

    private Optional<BillLine> notBilled(String reason) {
        notBilled.merge(reason, 1L, Long::sum);
        return Optional.empty();
    }

    /**
     * Lapse needs last month billed and unpaid, so only those are looked at closely. Last month counts as paid
     * without reading the history when a payment made by the 1st names it with at least its bill for every
     * month it names (exact while those months cost the same; otherwise the full history decides).
     */
    private boolean lapsed(String nik) {
        Long lastMonth = previousTotals.get(nik);
        if (lastMonth == null) {
            return false;
        }
        LocalDate asOf = period.firstDay();
        boolean clearlyPaid = previousPayments.getOrDefault(nik, List.of()).stream()
                .anyMatch(p -> !p.paidOn().isAfter(asOf) && p.amount() >= lastMonth * p.periods().size());
        if (clearlyPaid) {
            return false;
        }
        List<BilledPeriod> billed = bills.billsOf(nik).stream().filter(b -> b.period().isBefore(period)).toList();
        List<PremiumPayment> paid = payments.payments(nik).stream().map(RecordedPayment::toDomain).toList();
        return arrears.standing(billed, paid, asOf).state() == ArrearsStanding.State.LAPSED;
    }
}
