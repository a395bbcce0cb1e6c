package id.pekalongan.batikberlian.storage;

/** A participant's claim as listed on the participant's page. */
public record ClaimSummary(String claimId, String type, String incidentDate, String status, long totalCash,
                           long scholarshipTotal) {
}
