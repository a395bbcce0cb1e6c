package id.pekalongan.batikberlian.storage.billing;

import id.pekalongan.batikberlian.domain.nik.NikMask;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One participant's line on one month's bill, as stored ({@code LINE#<nik>}) and as the insurer reads it in the
 * invoice files. The personal fields are copied from the applicant at billing time so a closed month can always be
 * shown as it was billed, whatever the applicant record says later.
 */
public record BillLine(String nik, String name, LocalDate birthDate, String occupation, String kelurahanCode,
                       long declaredIncome, long jkk, long jkm, long total, String rateVersion,
                       Integer programmeYear) {

    public BillLine {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(rateVersion, "rateVersion");
        if (total != jkk + jkm) {
            throw new IllegalArgumentException("total must be JKK + JKM");
        }
    }

    @Override
    public String toString() {
        return "BillLine[" + NikMask.mask(nik) + ", " + kelurahanCode + ", " + total + ", " + rateVersion + "]";
    }
}
