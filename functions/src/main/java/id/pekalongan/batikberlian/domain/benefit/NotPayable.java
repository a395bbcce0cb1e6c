package id.pekalongan.batikberlian.domain.benefit;

/** Something asked for or present in the request that is not paid, with a reason for the family in Bahasa Indonesia. */
public record NotPayable(String code, String reason) {
}
