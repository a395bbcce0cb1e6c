package id.pekalongan.batikberlian.local.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark, printed as {@code key=value} lines the moment they are known, so that a run cut short
 * still shows what it measured. Keys are stable: scripts and the README read them.
 */
public final class Figures {

    private final PrintStream out;
    private final Map<String, String> values = new LinkedHashMap<>();

    public Figures(PrintStream out) {
        this.out = out;
    }

    public void put(String key, long value) {
        put(key, Long.toString(value));
    }

    public void put(String key, double value) {
        put(key, String.format(Locale.ROOT, "%.2f", value));
    }

    public synchronized void put(String key, String value) {
        values.put(key, value);
        out.println(key + "=" + value);
        out.flush();
    }

    /** A line of explanation that is not a figure; prefixed so that a key=value parser can skip it. */
    public synchronized void note(String text) {
        out.println("# " + text);
        out.flush();
    }

    public synchronized Map<String, String> values() {
        return new LinkedHashMap<>(values);
    }

    public long longValue(String key) {
        return Long.parseLong(values.get(key));
    }

    public double doubleValue(String key) {
        return Double.parseDouble(values.get(key));
    }

    static double perSecond(long count, long nanos) {
        return nanos <= 0 ? 0 : count * 1e9 / nanos;
    }
}
