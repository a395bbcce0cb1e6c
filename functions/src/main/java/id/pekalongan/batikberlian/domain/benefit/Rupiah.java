package id.pekalongan.batikberlian.domain.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Whole-rupiah arithmetic and the Indonesian way of writing amounts (Rp20.000.000). */
final class Rupiah {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rupiah() {
    }

    /** base × percent / 100, rounded once to a whole rupiah. */
    static long percentOf(long base, BigDecimal percent, RoundingMode rounding) {
        return BigDecimal.valueOf(base).multiply(percent).divide(HUNDRED, 0, rounding).longValueExact();
    }

    /** amount × numerator / denominator, rounded once to a whole rupiah. */
    static long fraction(long amount, long numerator, long denominator, RoundingMode rounding) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, rounding).longValueExact();
    }

    static String format(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return "Rp" + new DecimalFormat("#,##0", symbols).format(amount);
    }

    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }
}
