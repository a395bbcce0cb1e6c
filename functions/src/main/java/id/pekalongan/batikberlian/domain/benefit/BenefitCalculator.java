package id.pekalongan.batikberlian.domain.benefit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prices a claim under the benefit table in force on its incident date (PP 44/2015 jo. PP 82/2019).
 * Coverage (the participant was ACTIVE on the incident date) is checked by the caller before pricing.
 */
public final class BenefitCalculator {

    private final BenefitTables tables;
    private final BenefitPolicy policy;
    private final ClaimValidator validator;

    public BenefitCalculator(BenefitTables tables, BenefitPolicy policy) {
        this.tables = Objects.requireNonNull(tables);
        this.policy = Objects.requireNonNull(policy);
        this.validator = new ClaimValidator(tables, policy);
    }

    /** The statutory tables with the default policy. */
    public static BenefitCalculator standard() {
        return new BenefitCalculator(BenefitTables.standard(), BenefitPolicy.defaults());
    }

    /**
     * @param evaluationDate today in Asia/Jakarta (or the date the claim is assessed); an incident after it is rejected
     */
    public ClaimOutcome compute(ClaimRequest request, LocalDate evaluationDate) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(evaluationDate, "evaluationDate");
        List<ClaimError> errors = validator.check(request, evaluationDate);
        if (!errors.isEmpty()) {
            return new ClaimOutcome.Rejected(errors);
        }
        ClaimType type = ClaimType.parse(request.type());
        BenefitTable table = tables.inForceOn(request.incidentDate()).orElseThrow();
        PricedClaim claim = new PricedClaim(request, type, request.wage(policy), table, policy);
        Findings findings = new Findings(table.version());

        HeirDecision heirs = type.isDeath() ? HeirDecision.decide(request, findings) : null;
        switch (type) {
            case JKM_DEATH, JKK_DEATH -> DeathBenefit.apply(claim, heirs, findings);
            case JKK_TOTAL_DISABILITY -> DisabilityBenefit.total(claim, findings);
            case JKK_PARTIAL_DISABILITY -> DisabilityBenefit.partial(claim, findings);
            case JKK_TEMPORARY_INCAPACITY, JKK_MEDICAL -> {
                // priced below with the other work-accident benefits
            }
        }
        if (type.isWorkAccident()) {
            workAccidentExtras(claim, findings);
        } else {
            refuseWorkAccidentFields(request, findings);
        }
        if (type != ClaimType.JKK_PARTIAL_DISABILITY && request.disability() != null
                && !request.disability().items().isEmpty()) {
            findings.refuse(NotPayableCode.FIELD_NOT_APPLICABLE, "Data cacat sebagian tidak dipakai pada klaim "
                    + type + ".");
        }
        scholarship(claim, heirs, findings);
        return findings.outcome();
    }

    private static void workAccidentExtras(PricedClaim claim, Findings findings) {
        ClaimRequest r = claim.request();
        if (r.daysOff() != null) {
            TemporaryIncapacityBenefit.apply(claim, findings);
        }
        if (r.transport() != null && !r.transport().legs().isEmpty()) {
            TransportBenefit.apply(claim, findings);
        }
        if (r.homeCare() != null) {
            HomeCareBenefit.apply(claim, findings);
        }
        if (r.medicalCost() != null) {
            MedicalCare.apply(claim, findings);
        }
    }

    private static void refuseWorkAccidentFields(ClaimRequest r, Findings findings) {
        List<String> fields = new ArrayList<>();
        if (r.daysOff() != null) {
            fields.add("daysOff");
        }
        if (r.transport() != null && !r.transport().legs().isEmpty()) {
            fields.add("transport");
        }
        if (r.homeCare() != null) {
            fields.add("homeCare");
        }
        if (r.medicalCost() != null) {
            fields.add("medicalCost");
        }
        if (!fields.isEmpty()) {
            findings.refuse(NotPayableCode.NOT_COVERED_BY_JKM, "Manfaat " + String.join(", ", fields)
                    + " hanya ada pada program JKK (kecelakaan kerja), bukan JKM.");
        }
    }

    private static void scholarship(PricedClaim claim, HeirDecision heirs, Findings findings) {
        if (claim.request().children().isEmpty()) {
            return;
        }
        if (!claim.type().carriesScholarship()) {
            findings.refuse(NotPayableCode.SCHOLARSHIP_NOT_IN_ROUTE, "Beasiswa hanya diberikan pada klaim kematian "
                    + "atau cacat total tetap, bukan " + claim.type() + " (" + claim.basis() + ").");
            return;
        }
        if (heirs != null && heirs.noHeir()) {
            findings.refuse(NotPayableCode.NO_HEIR, "Beasiswa tidak dibayarkan karena tidak ada ahli waris.");
            return;
        }
        ScholarshipBenefit.apply(claim, findings);
    }
}
