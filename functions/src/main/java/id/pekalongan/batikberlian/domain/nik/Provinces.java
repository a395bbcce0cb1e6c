package id.pekalongan.batikberlian.domain.nik;

import java.util.BitSet;

/** Province codes that Dukcapil has issued as the first two NIK digits. */
final class Provinces {

    private static final BitSet CODES = new BitSet(100);

    static {
        CODES.set(11, 20);   // Sumatra: Aceh .. Bangka Belitung
        CODES.set(21);       // Kepulauan Riau
        CODES.set(31, 37);   // Java: DKI Jakarta .. Banten
        CODES.set(51, 54);   // Bali, NTB, NTT
        CODES.set(61, 66);   // Kalimantan
        CODES.set(71, 77);   // Sulawesi
        CODES.set(81, 83);   // Maluku, Maluku Utara
        CODES.set(91, 97);   // Papua provinces, including the 2022 splits
    }

    private Provinces() {
    }

    static boolean isKnown(int code) {
        return code >= 0 && code < 100 && CODES.get(code);
    }

    static String describe() {
        return "11–19, 21, 31–36, 51–53, 61–65, 71–76, 81–82, 91–96";
    }
}
