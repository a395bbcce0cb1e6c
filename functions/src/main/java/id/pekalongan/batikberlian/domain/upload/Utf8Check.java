package id.pekalongan.batikberlian.domain.upload;

/**
 * Whether bytes, fed in chunks, are well-formed UTF-8 as RFC 3629 defines it (no overlong forms, no surrogates,
 * nothing above U+10FFFF): the same verdict as Java's strict decoder, without decoding. Most bytes of a kelurahan
 * file are ASCII, and the check passes over those one comparison each.
 */
final class Utf8Check {

    /** Continuation bytes still due for the current sequence. */
    private int due;
    /** Allowed range of the next continuation byte; narrower than 80–BF right after some lead bytes. */
    private int low = 0x80;
    private int high = 0xBF;

    /** @return false as soon as the bytes seen so far cannot be UTF-8 */
    boolean feed(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (due > 0) {
                if (b < low || b > high) {
                    return false;
                }
                due--;
                low = 0x80;
                high = 0xBF;
            } else if (b >= 0x80 && !lead(b)) {
                return false;
            }
        }
        return true;
    }

    /** Multi-byte sequences that were valid UTF-8, and places where the bytes could not be UTF-8. */
    record Evidence(long valid, long invalid) {
    }

    private long validSequences;
    private long invalidSequences;

    /**
     * Like {@link #feed}, but reads to the end, counting both: after a bad byte it starts afresh at the next one, as
     * a replacing decoder would.
     */
    void count(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (due > 0) {
                if (b < low || b > high) {
                    invalidSequences++;
                    due = 0;
                    low = 0x80;
                    high = 0xBF;
                    i--; // this byte may begin a sequence of its own
                    continue;
                }
                due--;
                low = 0x80;
                high = 0xBF;
                if (due == 0) {
                    validSequences++;
                }
            } else if (b >= 0x80 && !lead(b)) {
                invalidSequences++;
            }
        }
    }

    Evidence evidence() {
        return new Evidence(validSequences, invalidSequences + (due > 0 ? 1 : 0));
    }

    /** True when the input did not stop in the middle of a sequence. */
    boolean complete() {
        return due == 0;
    }

    private boolean lead(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            due = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            due = 2;
            if (b == 0xE0) {
                low = 0xA0; // shorter forms are overlong
            } else if (b == 0xED) {
                high = 0x9F; // D800–DFFF are surrogates, not characters
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            due = 3;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F; // beyond U+10FFFF
            }
        } else {
            return false;
        }
        return true;
    }
}
