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

    Memo(int capacity) {
        this.capacity = capacity;
    }

    V get(String text, Function<String, V> match) {
        if (text == null) {
            return match.apply(null);
        }
        V known = answers.get(text);
        if (known != null) {
            return known;
        }
        V answer = match.apply(text);
        if (answer != null && answers.size() < capacity) {
            answers.putIfAbsent(text, answer);
        }
        return answer;
    }

    int size() {
        return answers.size();
    }
}
