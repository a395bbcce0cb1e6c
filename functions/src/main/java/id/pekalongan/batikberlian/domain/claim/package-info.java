/**
 * Claims as the programme records them, around the pure benefit calculator of {@code domain.benefit}: whether a
 * participant was covered on the incident date ({@link id.pekalongan.batikberlian.domain.claim.Coverage}), how many
 * contribution months they had ({@link id.pekalongan.batikberlian.domain.claim.ContributionCount}), the claim's
 * deterministic id ({@link id.pekalongan.batikberlian.domain.claim.ClaimId}) and its forward-only life
 * ({@link id.pekalongan.batikberlian.domain.claim.ClaimStatus}).
 * <p>
 * Decisions worth knowing:
 * <ul>
 *   <li>Contribution months are the months the monthly billing run billed for the participant up to and including
 *       the incident month: the run bills month M on its 1st, so M's bill line exists before any incident in M.
 *       Every bill line counts whatever its payment status: the city pays the premiums, and payments are not yet
 *       recorded on the lines (RULES.md's default: cumulative months).</li>
 *   <li>Coverage is read from the participant record: ACTIVE, or ENDED on or after the incident date (a death claim
 *       ends the participant on the death date, so a later claim for that same death is still covered); LAPSED is
 *       refused because the record does not say since when the membership lapsed.</li>
 *   <li>The claim id is a hash of (NIK, type, incident date): the same claim submitted twice lands on the same key
 *       and the second is refused by a conditional write.</li>
 * </ul>
 */
package id.pekalongan.batikberlian.domain.claim;
