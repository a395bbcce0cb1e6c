package id.pekalongan.batikberlian.domain.benefit;

import java.time.LocalDate;

/** A request that passed validation, with the table and policy that price it. */
record PricedClaim(ClaimRequest request, ClaimType type, long wage, BenefitTable table, BenefitPolicy policy) {

    LocalDate incidentDate() {
        return request.incidentDate();
    }

    /** "PP 44/2015 jo. PP 82/2019", for the rule texts. */
    String basis() {
        return table.legalBasis();
    }
}
