package id.pekalongan.batikberlian.testing;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Fictitious but well-formed NIKs of Kota Pekalongan, each serial used once per test JVM. */
public final class Niks {

    private static final AtomicInteger SERIAL = new AtomicInteger(1);

    private Niks() {
    }

    /** @param district 1–4: Pekalongan Barat, Timur, Utara, Selatan */
    public static String of(int district, LocalDate birth, boolean female) {
        int day = birth.getDayOfMonth() + (female ? 40 : 0);
        return String.format("3375%02d%02d%02d%02d%04d", district, day, birth.getMonthValue(),
                birth.getYear() % 100, SERIAL.getAndIncrement() % 9999 + 1);
    }

    public static String male(LocalDate birth) {
        return of(1, birth, false);
    }
}
