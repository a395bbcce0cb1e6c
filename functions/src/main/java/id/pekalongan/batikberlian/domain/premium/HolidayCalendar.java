package id.pekalongan.batikberlian.domain.premium;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
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

    private static final String HEADER = "date,name";

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
        try (InputStream in = HolidayCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code date,name} lines; '#' comments and blank lines are ignored; a date listed twice is an error. */
    public static HolidayCalendar fromCsv(Reader reader) {
        Map<LocalDate, String> read = new TreeMap<>();
        DataLines.read(reader, HEADER, (trimmed, number) -> {
            int comma = trimmed.indexOf(',');
            if (comma < 0) {
                throw new IllegalArgumentException("line " + number + ": expected date,name");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(trimmed.substring(0, comma).strip());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
            if (read.put(date, trimmed.substring(comma + 1).strip()) != null) {
                throw new IllegalArgumentException("line " + number + ": " + date + " listed twice");
            }
        });
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
