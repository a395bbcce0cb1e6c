package id.pekalongan.batikberlian.domain.benefit;

import java.math.BigDecimal;

/**
 * One disability: a table item code, and for a loss of function (not of the body part itself) the percentage of
 * function lost, greater than 0 and at most 100. Absent = anatomical loss (the whole table percentage).
 */
public record DisabilityItemInput(String code, BigDecimal functionalLossPercent) {
}
