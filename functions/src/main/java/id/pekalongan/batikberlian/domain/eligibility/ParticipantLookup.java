package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.nik.Nik;

/** Answers whether a person already holds an active membership, across all kelurahan and all uploads. */
@FunctionalInterface
public interface ParticipantLookup {

    boolean isActiveParticipant(Nik nik);
}
