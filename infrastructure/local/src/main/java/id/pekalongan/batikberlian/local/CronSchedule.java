package id.pekalongan.batikberlian.local;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;

/**
 * An EventBridge Scheduler {@code cron(minutes hours day-of-month month day-of-week year)} expression in a time
 * zone. Supports numbers, {@code *}, {@code ?}, lists, ranges and steps — enough for the project's schedules.
 */
record CronSchedule(BitSet minutes, BitSet hours, BitSet days, BitSet months, BitSet weekdays, ZoneId zone,
                    String expression) {

    static CronSchedule parse(String expression, ZoneId zone) {
        String body = expression.trim();
        if (!body.startsWith("cron(") || !body.endsWith(")")) {
            throw new IllegalArgumentException("not a cron() expression: " + expression);
        }
        String[] f = body.substring(5, body.length() - 1).trim().split("\\s+");
        if (f.length != 6) {
            throw new IllegalArgumentException("cron() takes six fields: " + expression);
        }
        return new CronSchedule(field(f[0], 0, 59), field(f[1], 0, 23), field(f[2], 1, 31), field(f[3], 1, 12),
                weekdays(f[4]), zone, expression);
    }

    /** The first firing strictly after {@code after}. */
    ZonedDateTime next(ZonedDateTime after) {
        ZonedDateTime t = after.withZoneSameInstant(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        for (int guard = 0; guard < 600_000; guard++) {
            if (!months.get(t.getMonthValue())) {
                t = t.withDayOfMonth(1).withHour(0).withMinute(0).plusMonths(1);
            } else if (!days.get(t.getDayOfMonth()) || !weekdays.get(t.getDayOfWeek().getValue() % 7 + 1)) {
                t = t.withHour(0).withMinute(0).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.withMinute(0).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return t;
            }
        }
        throw new IllegalStateException("no firing time within years for " + expression);
    }

    private static BitSet weekdays(String spec) {
        // EventBridge numbers weekdays 1 (Sunday) to 7 (Saturday).
        return field(spec.replace("SUN", "1").replace("MON", "2").replace("TUE", "3").replace("WED", "4")
                .replace("THU", "5").replace("FRI", "6").replace("SAT", "7"), 1, 7);
    }

    private static BitSet field(String spec, int min, int max) {
        BitSet bits = new BitSet(max + 1);
        for (String part : spec.split(",")) {
            if (part.equals("*") || part.equals("?")) {
                bits.set(min, max + 1);
                continue;
            }
            int step = 1;
            String range = part;
            if (part.contains("/")) {
                step = Integer.parseInt(part.substring(part.indexOf('/') + 1));
                range = part.substring(0, part.indexOf('/'));
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                from = Integer.parseInt(range.substring(0, range.indexOf('-')));
                to = Integer.parseInt(range.substring(range.indexOf('-') + 1));
            } else {
                from = Integer.parseInt(range);
                to = part.contains("/") ? max : from;
            }
            if (from < min || to > max || from > to) {
                throw new IllegalArgumentException("cron field out of range: " + part);
            }
            for (int v = from; v <= to; v += step) {
                bits.set(v);
            }
        }
        return bits;
    }
}
