package id.pekalongan.batikberlian.domain.benefit;

/**
 * Care at home after a work accident:
 * <pre>{@code {"days": 200, "cost": 15000000}}</pre>
 * {@code days} is the length of the home care, {@code cost} what it cost over those days. Only the first year is
 * covered: when {@code days} exceeds the table's one-year length, the cost is taken pro rata by day for that year,
 * then capped at the table's ceiling (Rp20.000.000).
 */
public record HomeCareInput(Integer days, Long cost) {
}
