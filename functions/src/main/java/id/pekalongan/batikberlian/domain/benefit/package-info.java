/**
 * Claim benefits of JKK (work accident) and JKM (death) under PP 44/2015 as amended by PP 82/2019: pure Java.
 * <p>
 * Entry point: {@link id.pekalongan.batikberlian.domain.benefit.BenefitCalculator#compute}, which takes a
 * {@link id.pekalongan.batikberlian.domain.benefit.ClaimRequest} and an evaluation date and returns a
 * {@link id.pekalongan.batikberlian.domain.benefit.ClaimOutcome}: {@code Computed} (cash total, scholarship total,
 * recorded medical cost, the priced lines and what is not payable) or {@code Rejected} (reason codes per field).
 * <p>
 * Decisions worth knowing:
 * <ul>
 *   <li>Statutory amounts live in an effective-dated {@link id.pekalongan.batikberlian.domain.benefit.BenefitTable}
 *       chosen by the incident date; the disability annex is a CSV resource. Unsettled choices are the named
 *       parameters of {@link id.pekalongan.batikberlian.domain.benefit.BenefitPolicy}.</li>
 *   <li>Medical care is recorded in full and kept out of {@code totalCash} (a benefit in kind, without ceiling).</li>
 *   <li>Every computed amount is rounded once, per line, to a whole rupiah (policy rounding, default half up).</li>
 *   <li>Work-accident extras (STMB days, transport, home care, medical cost) are priced on any JKK claim that carries
 *       them; on a JKM claim they are listed as not payable.</li>
 *   <li>Heirs only matter when declared: lower ranks are listed as not payable, and when only a funeral arranger is
 *       declared, only the funeral cost is paid. With no heirs declared the full entitlement is priced.</li>
 * </ul>
 */
package id.pekalongan.batikberlian.domain.benefit;
