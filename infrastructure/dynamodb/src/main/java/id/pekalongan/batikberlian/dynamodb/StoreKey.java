package id.pekalongan.batikberlian.dynamodb;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The position of an item in a table or index: partitions are ordered by a 32-bit hash of the partition key (so a
 * Scan returns them in no meaningful order, as DynamoDB does, and Scan segments are ranges of that hash), items within
 * a partition by their sort parts in DynamoDB's order. An index's sort parts are its sort key and then the table's
 * keys, which makes every entry unique.
 *
 * <p>{@code edge} makes bounds: -1 sorts before every key having these parts as a prefix, +1 after them all.
 */
final class StoreKey implements Comparable<StoreKey> {

    /** A sort part: S and B compare as unsigned bytes, N as exact decimals. */
    record Bytes(byte[] b) implements Comparable<Bytes> {
        @Override
        public int compareTo(Bytes o) {
            return Arrays.compareUnsigned(b, o.b);
        }

        boolean startsWith(Bytes prefix) {
            return b.length >= prefix.b.length && Arrays.equals(b, 0, prefix.b.length, prefix.b, 0, prefix.b.length);
        }

        /**
         * The least byte string above every string that starts with these bytes (the prefix with its last byte
         * that is not 0xFF raised by one, what follows cut off), or null when the prefix is all 0xFF and no such
         * bound exists: with it a begins_with range is closed at both ends, whichever way it is read.
         */
        Bytes prefixEnd() {
            for (int i = b.length - 1; i >= 0; i--) {
                if ((b[i] & 0xFF) != 0xFF) {
                    byte[] end = Arrays.copyOf(b, i + 1);
                    end[i]++;
                    return new Bytes(end);
                }
            }
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes x && Arrays.equals(b, x.b);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(b);
        }
    }

    final long hash;
    final byte[] partition;
    final Comparable<?>[] sort;
    final int edge;

    StoreKey(byte[] partition, Comparable<?>[] sort, int edge) {
        this(hashOf(partition), partition, sort, edge);
    }

    private StoreKey(long hash, byte[] partition, Comparable<?>[] sort, int edge) {
        this.hash = hash;
        this.partition = partition;
        this.sort = sort;
        this.edge = edge;
    }

    /** Before every key whose partition hash is at least {@code hash} (a Scan segment's start). */
    static StoreKey hashFloor(long hash) {
        return new StoreKey(hash, null, new Comparable<?>[0], -1);
    }

    static long hashOf(byte[] partition) {
        CRC32 c = new CRC32();
        c.update(partition);
        long v = c.getValue();
        // Spread CRC's low-entropy patterns over the whole 32 bits so segments are even.
        v = (v ^ (v >>> 16)) * 0x45d9f3bL & 0xffffffffL;
        v = (v ^ (v >>> 16)) & 0xffffffffL;
        return v;
    }

    StoreKey withEdge(Comparable<?>[] parts, int e) {
        return new StoreKey(hash, partition, parts, e);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareTo(StoreKey o) {
        int c = Long.compare(hash, o.hash);
        if (c != 0) {
            return c;
        }
        if (partition == null || o.partition == null) {
            if (partition == o.partition) {
                return Integer.compare(edge, o.edge);
            }
            return partition == null ? (edge < 0 ? -1 : 1) : (o.edge < 0 ? 1 : -1);
        }
        c = Arrays.compareUnsigned(partition, o.partition);
        if (c != 0) {
            return c;
        }
        int n = Math.min(sort.length, o.sort.length);
        for (int i = 0; i < n; i++) {
            c = ((Comparable) sort[i]).compareTo(o.sort[i]);
            if (c != 0) {
                return c;
            }
        }
        if (sort.length == o.sort.length) {
            return Integer.compare(edge, o.edge);
        }
        if (sort.length < o.sort.length) {
            return edge <= 0 ? -1 : 1;
        }
        return o.edge <= 0 ? 1 : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreKey k && compareTo(k) == 0;
    }

    @Override
    public int hashCode() {
        return (int) hash;
    }

    static Comparable<?> sortPart(String type, String text) {
        return switch (type) {
            case "N" -> new BigDecimal(text);
            case "B" -> new Bytes(java.util.Base64.getDecoder().decode(text));
            default -> new Bytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        };
    }

    static byte[] partitionBytes(String type, String text) {
        byte[] v = switch (type) {
            case "N" -> {
                BigDecimal d = new BigDecimal(text);
                yield (d.signum() == 0 ? "0" : d.stripTrailingZeros().toString())
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            }
            case "B" -> java.util.Base64.getDecoder().decode(text);
            default -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
        byte[] out = new byte[v.length + 1];
        out[0] = (byte) type.charAt(0);
        System.arraycopy(v, 0, out, 1, v.length);
        return out;
    }
}
