package id.pekalongan.batikberlian.domain.premium;

import id.pekalongan.batikberlian.domain.reference.ReferenceCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Non-working days for due dates: every Saturday and Sunday, plus the dated holidays held as data. The bundled list
 * ({@value #RESOURCE}) holds Indonesia's national public holidays (hari libur nasional); collective leave (cuti
 * bersama) is not in it, since offices and banks may still transact, but can be added the same way if the city decides
 * otherwise.
 */
public final class HolidayCalendar {

    public static final String RESOURCE = "holidays-id.csv";

    private static final List<String> HEADER = List.of("date", "name");

    private final Map<LocalDate, String> holidays;

    private HolidayCalendar(Map<LocalDate, String> holidays) {
        this.holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
    }

    public static HolidayCalendar of(Map<LocalDate, String> holidays) {
        return new HolidayCalendar(Objects.requireNonNull(holidays, "holidays"));
    }

    /** Weekends only. */
    public static HolidayCalendar weekendsOnly() {
        return new HolidayCalendar(Map.of());
    }

    /** Indonesian national holidays bundled with the application. */
    public static HolidayCalendar indonesia() {
        return ReferenceCsv.resource(HolidayCalendar.class, RESOURCE, HolidayCalendar::fromCsv);
    }

    /** Reads {@code date,name} lines; '#' comments and blank lines are ignored; a date listed twice is an error. */
    public static HolidayCalendar fromCsv(Reader reader) {
        Map<LocalDate, String> read = new TreeMap<>();
        for (ReferenceCsv.Line row : ReferenceCsv.rows(reader, HEADER)) {
            if (row.cells().size() < 2) {
                throw row.error("expected date,name");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(row.cell(0));
            } catch (RuntimeException e) {
                throw row.error(e.getMessage());
            }
            if (read.put(date, row.rest(1)) != null) {
                throw row.error(date + " listed twice");
            }
        }
        return new HolidayCalendar(read);
    }

    /** A calendar with {@code more} added; used to extend the bundled list with local or newly decreed days. */
    public HolidayCalendar with(Map<LocalDate, String> more) {
        Map<LocalDate, String> merged = new TreeMap<>(holidays);
        merged.putAll(more);
        return new HolidayCalendar(merged);
    }

    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    public LocalDate onOrNextWorkingDay(LocalDate date) {
        LocalDate candidate = date;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    public Map<LocalDate, String> holidays() {
        return holidays;
    }
}
