package id.pekalongan.batikberlian.domain.benefit;

import java.math.BigDecimal;

/** One entry of the anatomical disability annex: a stable code, its percentage, and its wording in the annex. */
public record DisabilityItem(String code, BigDecimal percent, String description) {

    public DisabilityItem {
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("disability item " + code + " has percent outside (0, 100]: " + percent);
        }
    }
}
