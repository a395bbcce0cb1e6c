package id.pekalongan.batikberlian.functions.premium;

public record BillingRunSummary(String period, long activeParticipants, String status, String message) {
}
