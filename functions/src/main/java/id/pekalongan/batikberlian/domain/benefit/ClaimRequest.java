package id.pekalongan.batikberlian.domain.benefit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A claim to price. The JSON shape maps 1:1 onto the components (dates ISO {@code yyyy-MM-dd}, money whole rupiah):
 * <pre>{@code
 * {
 *   "nik": "3375010101900001",            // required unless "simulate" is true; never echoed back
 *   "type": "JKM_DEATH",                  // see ClaimType
 *   "incidentDate": "2024-05-10",         // date of death / accident
 *   "declaredIncome": 1000000,            // wage; absent = BenefitPolicy.defaultDeclaredIncome (Rp1.000.000)
 *   "contributionMonths": 40,             // cumulative paid months (JKM scholarship threshold)
 *   "continuousContributionMonths": 40,   // only read when the policy counts continuous months
 *   "children": [ ChildInput... ],        // for the scholarship
 *   "heirs": [ HeirInput... ],            // death claims; absent = recipients not yet determined
 *   "disability": DisabilityInput,        // JKK_PARTIAL_DISABILITY
 *   "daysOff": 400,                       // days unable to work (STMB); any JKK type
 *   "transport": TransportInput,          // any JKK type
 *   "homeCare": HomeCareInput,            // any JKK type
 *   "medicalCost": 12500000,              // any JKK type; recorded, never capped
 *   "simulate": false                     // a what-if: amounts are the same, the NIK becomes optional
 * }
 * }</pre>
 * Enumerated values arrive as strings so that an unknown value becomes a reason code rather than a parse failure.
 */
public record ClaimRequest(
        String nik,
        String type,
        LocalDate incidentDate,
        List<ChildInput> children,
        DisabilityInput disability,
        Integer daysOff,
        TransportInput transport,
        List<HeirInput> heirs,
        Boolean simulate,
        Long declaredIncome,
        Integer contributionMonths,
        Integer continuousContributionMonths,
        Long medicalCost,
        HomeCareInput homeCare) {

    /** Null elements are kept so that validation can name them (children[i], heirs[i]) instead of failing here. */
    public ClaimRequest {
        children = children == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(children));
        heirs = heirs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(heirs));
    }

    public boolean simulation() {
        return Boolean.TRUE.equals(simulate);
    }

    /** The declared income, or the programme default when the request has none. */
    public long wage(BenefitPolicy policy) {
        return declaredIncome == null ? policy.defaultDeclaredIncome() : declaredIncome;
    }

    @Override
    public String toString() {
        // A NIK is personal data: the default record toString would print it in full.
        return "ClaimRequest[nik=" + id.pekalongan.batikberlian.domain.nik.NikMask.mask(nik) + ", type=" + type + ", incidentDate=" + incidentDate + "]";
    }
}
