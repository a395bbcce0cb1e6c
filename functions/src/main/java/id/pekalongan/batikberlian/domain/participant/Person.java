package id.pekalongan.batikberlian.domain.participant;

import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.nik.Sex;

import java.time.LocalDate;

/**
 * Who the worker is, as the KTP says.
 *
 * @param nik the 16 digits, validated at registration; the key of the applicant's record
 */
public record Person(String nik, String name, LocalDate birthDate, Sex sex) {

    @Override
    public String toString() {
        return "Person[" + NikMask.mask(nik) + "]";
    }
}
