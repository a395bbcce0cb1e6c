package id.pekalongan.batikberlian.domain.claim;

import java.time.Instant;

/** One step of a claim's life: the status reached, by whom (a username, or "sistem") and when. */
public record ClaimTransition(ClaimStatus status, String by, Instant at) {
}
