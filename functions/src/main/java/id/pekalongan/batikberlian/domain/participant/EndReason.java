package id.pekalongan.batikberlian.domain.participant;

/** Why a participant's membership ended; each frees a quota slot. */
public enum EndReason {
    AGE_OUT,
    DEATH,
    WITHDRAWN
}
