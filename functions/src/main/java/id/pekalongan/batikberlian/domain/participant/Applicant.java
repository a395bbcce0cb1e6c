package id.pekalongan.batikberlian.domain.participant;

import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.nik.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A registered worker, from the moment a kelurahan row or the form registers them until their membership ends. One
 * record per NIK across all kelurahan and all uploads: the NIK is the key. The accessors below read through to the
 * parts so that a rule can ask for {@code birthDate()} without knowing where it is kept.
 *
 * @param version increases with every write, for optimistic checks
 */
public record Applicant(Person person, Residence residence, Work work, PriorityFlags priority,
                        ParticipantStatus status, Arrival arrival, Membership membership, StoredDecision decision,
                        long version) {

    public Applicant {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(membership, "membership");
    }

    public String nik() {
        return person.nik();
    }

    public String name() {
        return person.name();
    }

    public LocalDate birthDate() {
        return person.birthDate();
    }

    public Sex sex() {
        return person.sex();
    }

    public String occupation() {
        return work.occupation();
    }

    public String occupationCode() {
        return work.occupationCode();
    }

    public long declaredIncome() {
        return work.declaredIncome();
    }

    public String kelurahanCode() {
        return residence.kelurahanCode();
    }

    public String kecamatanCode() {
        return residence.kecamatanCode();
    }

    public String rt() {
        return residence.rt();
    }

    public String rw() {
        return residence.rw();
    }

    public String address() {
        return residence.address();
    }

    public String phone() {
        return residence.phone();
    }

    public String uploadId() {
        return arrival.uploadId();
    }

    public int rowNumber() {
        return arrival.rowNumber();
    }

    public Instant receivedAt() {
        return arrival.receivedAt();
    }

    public String arrivalKey() {
        return arrival.arrivalKey();
    }

    public LocalDate approvedOn() {
        return membership.approvedOn();
    }

    public LocalDate coverageStart() {
        return membership.coverageStart();
    }

    public Integer programmeYear() {
        return membership.programmeYear();
    }

    public LocalDate endedOn() {
        return membership.endedOn();
    }

    public EndReason endReason() {
        return membership.endReason();
    }

    public LocalDate deathDate() {
        return membership.deathDate();
    }

    public String maskedNik() {
        return NikMask.mask(nik());
    }

    public Applicant withStatus(ParticipantStatus newStatus) {
        return new Applicant(person, residence, work, priority, newStatus, arrival, membership, decision, version);
    }

    @Override
    public String toString() {
        return "Applicant[" + maskedNik() + ", " + status + ", " + kelurahanCode() + "]";
    }
}
