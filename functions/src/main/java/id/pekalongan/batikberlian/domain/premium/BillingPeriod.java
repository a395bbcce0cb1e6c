package id.pekalongan.batikberlian.domain.premium;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar month in Asia/Jakarta time: the unit the programme bills and pays for. */
public record BillingPeriod(YearMonth month) implements Comparable<BillingPeriod> {


    /** The day of the month the premium for that month is due, before moving off non-working days. */
    public static final int DUE_DAY = 15;

    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-([0-9]{2})");

    public BillingPeriod {
        Objects.requireNonNull(month, "month");
    }

    public static BillingPeriod of(int year, int month) {
        return new BillingPeriod(YearMonth.of(year, month));
    }

    /**
     * Parses exactly {@code YYYY-MM} (four ASCII digits, a hyphen, a month 01–12). Anything else — "2024-6",
     * "2024-06-01", " 2024-06", "+2024-06" — is refused rather than repaired, because a period key that silently
     * normalises could bill a month twice.
     */
    public static BillingPeriod parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "billing period must be YYYY-MM, got " + (text == null ? "null" : "'" + text + "'")));
    }

    public static Optional<BillingPeriod> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(of(year, month));
    }

    /** The period whose month contains {@code instant} on the Jakarta wall clock (WIB, UTC+7). */
    public static BillingPeriod containing(Instant instant) {
        return containing(instant.atZone(Jakarta.ZONE).toLocalDate());
    }

    public static BillingPeriod containing(LocalDate date) {
        return new BillingPeriod(YearMonth.from(date));
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    /** The 15th, moved forward to the next working day of {@code calendar} when it is not one. */
    public LocalDate dueDate(HolidayCalendar calendar) {
        return calendar.onOrNextWorkingDay(month.atDay(DUE_DAY));
    }

    public BillingPeriod next() {
        return plusMonths(1);
    }

    public BillingPeriod previous() {
        return plusMonths(-1);
    }

    public BillingPeriod plusMonths(long months) {
        return new BillingPeriod(month.plusMonths(months));
    }

    /** Number of months from this period to {@code other}: 0 for the same period, negative when other is earlier. */
    public long monthsUntil(BillingPeriod other) {
        return (other.month.getYear() - (long) month.getYear()) * 12 + other.month.getMonthValue() - month.getMonthValue();
    }

    public boolean isBefore(BillingPeriod other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(BillingPeriod other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(BillingPeriod other) {
        return month.compareTo(other.month);
    }

    /** {@code YYYY-MM}, the form {@link #parse} accepts. */
    @Override
    public String toString() {
        return month.toString();
    }
}
