package id.pekalongan.batikberlian.domain.participant;

/**
 * What the worker does and earns.
 *
 * @param occupation     as written by the clerk; judged against the list valid on the decision date
 * @param occupationCode the programme's code for it, when the list knows it
 * @param declaredIncome whole rupiah; the basis of JKK and of wage-based benefits (the rate table's default when
 *                       the worker declared none)
 */
public record Work(String occupation, String occupationCode, long declaredIncome) {
}
