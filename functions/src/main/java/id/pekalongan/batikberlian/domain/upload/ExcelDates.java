package id.pekalongan.batikberlian.domain.upload;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Excel serial day numbers. In the 1900 system serial 1 is 1900-01-01 and serial 60 is the non-existent 1900-02-29
 * that Excel keeps for Lotus 1-2-3 compatibility, so serials from 61 on are one day ahead of a plain count. In the
 * 1904 system (old Mac workbooks) serial 0 is 1904-01-01.
 */
public final class ExcelDates {

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** Excel's last date, 9999-12-31, in the 1900 system. */
    private static final long MAX_SERIAL = 2_958_465;

    private ExcelDates() {
    }

    /**
     * The calendar date of a serial; the fraction (time of day) is dropped. Empty for serial 60 in the 1900 system
     * (the Lotus phantom day), for negative serials and beyond 9999.
     */
    public static Optional<LocalDate> toDate(double serial, boolean date1904) {
        if (Double.isNaN(serial) || serial < 0 || serial > MAX_SERIAL) {
            return Optional.empty();
        }
        long day = (long) Math.floor(serial);
        if (date1904) {
            return Optional.of(EPOCH_1904.plusDays(day));
        }
        if (day == 0 || day == 60) {
            // 0 is "1900-01-00" and 60 is "1900-02-29": neither is a real date.
            return Optional.empty();
        }
        return Optional.of(EPOCH_1900.plusDays(day < 60 ? day : day - 1));
    }
}
