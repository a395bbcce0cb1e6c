/**
 * ComputeClaimBenefit and the claim service behind it and the {@code /claims} routes.
 * <ul>
 *   <li>Direct invoke: the request JSON of {@link id.pekalongan.batikberlian.domain.benefit.ClaimRequest}; with
 *       {@code "simulate": true} it is priced as given (declared income default Rp1.000.000, the contribution months
 *       it states) and nothing is read or stored; otherwise the NIK must be a registered participant covered on the
 *       incident date, the wage is their declared income and the contribution months are the months billed to them
 *       up to the incident month (bill lines {@code LINE#<nik>} of the billing table, through its {@code byNik}
 *       index); any declaredIncome/contributionMonths in the request are ignored.</li>
 *   <li>Refusals are answers, not exceptions: {@code {"error": {"status", "code", "field", "message", "reasons"}}}
 *       — 400 invalid input (every problem of the form at once), 404 NIK_NOT_REGISTERED, 409 CLAIM_ALREADY_EXISTS /
 *       DEATH_ALREADY_RECORDED / PARTICIPANT_CHANGED, 422 INCIDENT_BEFORE_COVERAGE / PARTICIPANT_LAPSED /
 *       PARTICIPANT_NOT_ACTIVE / PARTICIPANT_ENDED.</li>
 *   <li>A claim is stored as COMPUTED with its SUBMITTED and COMPUTED steps in its history: pricing happens before the
 *       write, and one write (with the participant's end, for a death) means no claim is ever seen without its
 *       breakdown. APPROVED and PAID follow as conditional updates.</li>
 *   <li>A death claim for an ACTIVE participant ends the membership (ENDED, DEATH, deathDate = endedOn = incident
 *       date) in the same transaction, then tells {@link id.pekalongan.batikberlian.functions.claims.SlotRelease},
 *       when such a bean exists, that the slot of the participant's programme year is free.</li>
 * </ul>
 */
package id.pekalongan.batikberlian.functions.claims;
