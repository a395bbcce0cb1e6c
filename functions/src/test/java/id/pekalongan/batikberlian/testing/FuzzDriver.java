package id.pekalongan.batikberlian.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a fuzz target many times inside the ordinary test suite, deterministically: inputs are the target's seeds
 * mutated by a seeded {@link Random} (bit flips, byte changes, insertions, deletions, duplications, splices and
 * dictionary tokens), the way a coverage-blind mutational fuzzer would. Jazzer's {@code @FuzzTest} replays only the
 * seeds under plain {@code mvn test}; this is what makes every build exercise each target thousands of times. A
 * failure names the run's seed and the failing input in base64, so it can be added as a Jazzer seed file.
 */
public final class FuzzDriver {

    private final String name;
    private final List<byte[]> seeds = new ArrayList<>();
    private final List<byte[]> dictionary = new ArrayList<>();

    private FuzzDriver(String name) {
        this.name = name;
    }

    public static FuzzDriver named(String name) {
        return new FuzzDriver(name);
    }

    public FuzzDriver seed(String text) {
        return seed(text.getBytes(StandardCharsets.UTF_8));
    }

    public FuzzDriver seed(byte[] bytes) {
        seeds.add(bytes.clone());
        return this;
    }

    public FuzzDriver token(String... tokens) {
        for (String t : tokens) {
            dictionary.add(t.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /**
     * Runs the target {@code executions} times and prints how many ran.
     *
     * @return the number of executions
     */
    public int run(long randomSeed, int executions, Consumer<byte[]> target) {
        if (seeds.isEmpty()) {
            seeds.add(new byte[0]);
        }
        Random random = new Random(randomSeed);
        long started = System.nanoTime();
        int done = 0;
        for (int i = 0; i < executions; i++) {
            byte[] input = i < seeds.size() ? seeds.get(i) : mutate(random);
            try {
                target.accept(input);
            } catch (Throwable t) {
                throw new AssertionError("fuzz target " + name + " failed at execution " + i + " (random seed "
                        + randomSeed + ") on input base64:" + Base64.getEncoder().encodeToString(input) + " — "
                        + t, t);
            }
            done++;
        }
        System.out.printf("FUZZ %s: %d executions in %d ms%n", name, done,
                (System.nanoTime() - started) / 1_000_000);
        return done;
    }

    private byte[] mutate(Random random) {
        byte[] data = seeds.get(random.nextInt(seeds.size())).clone();
        int rounds = 1 + random.nextInt(random.nextInt(8) + 1);
        for (int r = 0; r < rounds; r++) {
            data = mutateOnce(data, random);
        }
        return data;
    }

    private byte[] mutateOnce(byte[] data, Random random) {
        int len = data.length;
        switch (random.nextInt(9)) {
            case 0 -> { // flip one bit
                if (len > 0) {
                    data[random.nextInt(len)] ^= (byte) (1 << random.nextInt(8));
                }
                return data;
            }
            case 1 -> { // an interesting or random byte
                if (len > 0) {
                    byte[] interesting = {0, -1, 0x7f, (byte) 0x80, '"', ',', ';', '\t', '\n', '\r', '/', '-', '.',
                            '9', '0', ' ', '<', '>', '&', '{', '}', '[', ']', ':', '\\', (byte) 0xc3, (byte) 0xef};
                    data[random.nextInt(len)] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
                            : (byte) random.nextInt(256);
                }
                return data;
            }
            case 2 -> { // insert random bytes
                byte[] insert = new byte[1 + random.nextInt(8)];
                random.nextBytes(insert);
                return splice(data, random.nextInt(len + 1), 0, insert);
            }
            case 3 -> { // delete a range
                if (len == 0) {
                    return data;
                }
                int at = random.nextInt(len);
                return splice(data, at, 1 + random.nextInt(Math.min(len - at, 16)), new byte[0]);
            }
            case 4 -> { // duplicate a range (repeated rows, nested structures)
                if (len == 0) {
                    return data;
                }
                int at = random.nextInt(len);
                int n = 1 + random.nextInt(Math.min(len - at, 64));
                byte[] copy = java.util.Arrays.copyOfRange(data, at, at + n);
                return splice(data, random.nextInt(len + 1), 0, copy);
            }
            case 5 -> { // splice with another seed
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                int cut = random.nextInt(len + 1);
                int from = random.nextInt(other.length + 1);
                byte[] out = new byte[cut + other.length - from];
                System.arraycopy(data, 0, out, 0, cut);
                System.arraycopy(other, from, out, cut, other.length - from);
                return out;
            }
            case 6, 7 -> { // a dictionary token, inserted or overwriting
                if (dictionary.isEmpty()) {
                    return data;
                }
                byte[] token = dictionary.get(random.nextInt(dictionary.size()));
                int at = random.nextInt(len + 1);
                int replace = random.nextBoolean() ? Math.min(len - at, token.length) : 0;
                return splice(data, at, replace, token);
            }
            default -> { // truncate
                return len == 0 ? data : java.util.Arrays.copyOf(data, random.nextInt(len));
            }
        }
    }

    private static byte[] splice(byte[] data, int at, int remove, byte[] insert) {
        byte[] out = new byte[data.length - remove + insert.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(data, at + remove, out, at + insert.length, data.length - at - remove);
        return out;
    }
}
