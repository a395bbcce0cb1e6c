package id.pekalongan.batikberlian.domain.premium;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of the BPU contribution rates (PP 44/2015 as amended), effective from {@code validFrom} until the next
 * version's {@code validFrom}. Rates are data: a new regulation adds a row, it never edits code or an older row,
 * because every bill records the version that priced it.
 *
 * <p>The JKK rate is held in basis points (100 bp = 1%) so that money never passes through floating point.
 *
 * @param version               stable id written on every bill, e.g. {@code PP44-2015/PP82-2019}
 * @param validFrom             first day on which this version prices a period
 * @param jkkRateBasisPoints    JKK rate as a share of declared income, in 1/10,000
 * @param jkkMinimum            JKK floor in rupiah, applied after rounding
 * @param jkkMaximum            JKK ceiling in rupiah, applied after rounding
 * @param jkmFlat               JKM flat amount in rupiah per participant per month
 * @param defaultDeclaredIncome declared income used when a participant has none recorded for the period
 */
public record RateTable(
        String version,
        LocalDate validFrom,
        int jkkRateBasisPoints,
        long jkkMinimum,
        long jkkMaximum,
        long jkmFlat,
        long defaultDeclaredIncome) {

    public static final int BASIS_POINTS_PER_UNIT = 10_000;

    public RateTable {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(validFrom, "validFrom");
        if (version.isBlank()) {
            throw new IllegalArgumentException("rate table version must not be blank");
        }
        if (jkkRateBasisPoints <= 0 || jkkRateBasisPoints > BASIS_POINTS_PER_UNIT) {
            throw new IllegalArgumentException("JKK rate must be in (0, 10000] basis points: " + jkkRateBasisPoints);
        }
        if (jkkMinimum < 0 || jkkMaximum < jkkMinimum) {
            throw new IllegalArgumentException("JKK bounds must satisfy 0 <= min <= max: " + jkkMinimum + ".." + jkkMaximum);
        }
        if (jkmFlat < 0) {
            throw new IllegalArgumentException("JKM amount must not be negative: " + jkmFlat);
        }
        if (defaultDeclaredIncome <= 0) {
            throw new IllegalArgumentException("default declared income must be positive: " + defaultDeclaredIncome);
        }
    }
}
