package id.pekalongan.batikberlian.storage.billing;

/** One month billed for a participant, as staff see it on the participant's page; {@code status} may be absent. */
public record ParticipantBill(String period, long total, String status) {
}
