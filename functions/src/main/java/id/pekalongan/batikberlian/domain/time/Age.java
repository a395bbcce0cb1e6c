package id.pekalongan.batikberlian.domain.time;

import java.time.LocalDate;
import java.time.Year;

/**
 * Age in completed years.
 *
 * <p>Someone born on 29 February has their birthday on 1 March in a common year: they are not a year older until
 * 28 February has fully passed. The regulations do not settle this; the project chose the reading under which
 * nobody becomes eligible (or ages out) a day early, which is also what {@link java.time.Period#between} computes.
 * A person born 29 Feb 2008 is still 17 on 28 Feb 2026 and turns 18 on 1 Mar 2026.
 */
public final class Age {

    private Age() {
    }

    /**
     * Completed years on the given date: the one age function of eligibility, billing and benefits. Before the birth
     * date it is 0 (a child born after a parent's fatal incident is that parent's child all the same; a birth date
     * after the 1st of a month is under age for that month's bill).
     */
    public static int yearsOn(LocalDate birthDate, LocalDate on) {
        if (on.isBefore(birthDate)) {
            return 0;
        }
        int years = on.getYear() - birthDate.getYear();
        return on.isBefore(birthdayIn(birthDate, on.getYear())) ? years - 1 : years;
    }

    /** The day in the given year on which the person completes another year. */
    public static LocalDate birthdayIn(LocalDate birthDate, int year) {
        if (birthDate.getMonthValue() == 2 && birthDate.getDayOfMonth() == 29 && !Year.isLeap(year)) {
            return LocalDate.of(year, 3, 1);
        }
        return birthDate.withYear(year);
    }
}
