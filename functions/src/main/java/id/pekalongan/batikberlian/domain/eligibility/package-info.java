/**
 * Eligibility of a candidate under RULES.md §2, as small rules run by a versioned
 * {@link id.pekalongan.batikberlian.domain.eligibility.RuleSet}.
 *
 * <p>Hard rules answer {@code Fail} and make the row ineligible; the NIK consistency checks (prefix outside 33.75,
 * birth date or sex differing from the recorded ones, ambiguous two-digit year) answer {@code Warn} only. A rule
 * whose input is missing or unusable answers {@code Pass} with a {@code _SKIPPED} code, because the missing input is
 * already reported once by the rule responsible for it.
 *
 * <p>Decisions made here: a 29 February birthday counts on 1 March in common years
 * ({@link id.pekalongan.batikberlian.domain.eligibility.Age}); an NIK year is ambiguous when both 19YY and 20YY give
 * a real, non-future date with an age of at most 100 on the evaluation date
 * ({@link id.pekalongan.batikberlian.domain.eligibility.NikYearAmbiguousRule}).
 */
package id.pekalongan.batikberlian.domain.eligibility;
