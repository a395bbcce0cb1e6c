package id.pekalongan.batikberlian.functions.eligibility;

/**
 * What ValidateEligibility is asked to do, one type per shape its door accepts ({@link EligibilityEvents} tells them
 * apart): decide a batch from the applicants' stream, or send refused applicants back to be judged again.
 */
public sealed interface EligibilityRequest permits PendingApplicants, ReevaluateRequest {
}
