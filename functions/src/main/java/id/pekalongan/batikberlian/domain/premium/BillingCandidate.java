package id.pekalongan.batikberlian.domain.premium;

import id.pekalongan.batikberlian.domain.nik.NikMask;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What billing needs to know about one participant for one month.
 *
 * @param declaredIncome the income recorded for the period; empty means the rate table's default
 */
public record BillingCandidate(
        String nik,
        MembershipStatus status,
        LocalDate birthDate,
        LocalDate approvedOn,
        Optional<LocalDate> dateOfDeath,
        OptionalLong declaredIncome) {

    public BillingCandidate {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(dateOfDeath, "dateOfDeath");
        Objects.requireNonNull(declaredIncome, "declaredIncome");
    }

    /** An active, living participant at the default income. */
    public static BillingCandidate active(String nik, LocalDate birthDate, LocalDate approvedOn) {
        return new BillingCandidate(nik, MembershipStatus.ACTIVE, birthDate, approvedOn, Optional.empty(),
                OptionalLong.empty());
    }

    public BillingCandidate withStatus(MembershipStatus newStatus) {
        return new BillingCandidate(nik, newStatus, birthDate, approvedOn, dateOfDeath, declaredIncome);
    }

    public BillingCandidate diedOn(LocalDate date) {
        return new BillingCandidate(nik, status, birthDate, approvedOn, Optional.of(date), declaredIncome);
    }

    public BillingCandidate withDeclaredIncome(long income) {
        return new BillingCandidate(nik, status, birthDate, approvedOn, dateOfDeath, OptionalLong.of(income));
    }

    @Override
    public String toString() {
        return "BillingCandidate[nik=" + NikMask.mask(nik) + ", status=" + status + ", birthDate=" + birthDate
                + ", approvedOn=" + approvedOn + ", dateOfDeath=" + dateOfDeath.map(LocalDate::toString).orElse("-")
                + "]";
    }
}
