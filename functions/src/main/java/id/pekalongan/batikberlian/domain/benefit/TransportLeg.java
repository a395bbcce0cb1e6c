package id.pekalongan.batikberlian.domain.benefit;

/** One transport expense: the mode name and the rupiah spent. */
public record TransportLeg(String mode, Long amount) {
}
