package id.pekalongan.batikberlian.domain.reference;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answer for each spelling already matched. A file names the same few kelurahan, kecamatan and
 * occupations on every one of its rows, so matching each spelling once takes the text folding off the per-row path.
 * Past {@code capacity} spellings it stops remembering, so a file of odd values cannot make it grow without bound.
 */
final class Memo<V> {

    private final ConcurrentHashMap<String, V> answers = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<String, V> match;
    /**
     * The text answered last, by identity: several rules ask about the same cell of the same row, and for that very
     * String the answer is known without hashing it again. A plain field is enough: a record's final fields are seen
     * whole by any thread, and a stale one is only a miss.
     */
    private Last<V> last;

    private record Last<V>(String text, V answer) {
    }

    Memo(int capacity, Function<String, V> match) {
        this.capacity = capacity;
        this.match = match;
    }

    V get(String text) {
        if (text == null) {
            return match.apply(null);
        }
        Last<V> seen = last;
        if (seen != null && seen.text() == text) {
            return seen.answer();
        }
        V known = answers.get(text);
        if (known == null) {
            known = match.apply(text);
            if (known != null && answers.size() < capacity) {
                answers.putIfAbsent(text, known);
            }
        }
        if (known != null) {
            last = new Last<>(text, known);
        }
        return known;
    }

    int size() {
        return answers.size();
    }
}
