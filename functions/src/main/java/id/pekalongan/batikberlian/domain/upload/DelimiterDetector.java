package id.pekalongan.batikberlian.domain.upload;

import java.util.Optional;

/**
 * Picks the CSV delimiter from the header line: the most frequent of tab, semicolon and comma outside quotes. Ties go
 * to tab, then semicolon (Indonesian Excel writes semicolons, and a header may contain "Tempat, Tgl Lahir").
 */
final class DelimiterDetector {

    private static final char[] CANDIDATES = {'\t', ';', ','};

    private DelimiterDetector() {
    }

    static Optional<Character> detect(String headerLine) {
        int[] counts = new int[CANDIDATES.length];
        boolean inQuotes = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = -1;
        for (int k = 0; k < CANDIDATES.length; k++) {
            if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
                best = k;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(CANDIDATES[best]);
    }
}
