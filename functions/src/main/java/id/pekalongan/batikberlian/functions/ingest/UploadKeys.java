package id.pekalongan.batikberlian.functions.ingest;

import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.KelurahanMatch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where an object sits in the upload bucket says whose list it is: {@code incoming/<kelurahan>/<file>} (the folder
 * a kelurahan code, name or known spelling), or {@code incoming/kota/<file>} for a city-wide list from Dinperinaker
 * whose rows each name their kelurahan. Anything else would be stored with no kelurahan, where no clerk ever sees
 * its report — so it is refused, with a reason.
 */
final class UploadKeys {

    /** The folder for lists that span the city; its rows carry their own kelurahan. */
    static final String CITY_FOLDER = "kota";

    /** Why a key cannot be an upload; {@code code} is stable, {@code message} is for the clerk. */
    record Refusal(String code, String message) {
    }

    /** What a good key names: the kelurahan of its folder, or null for the city-wide folder. */
    record Place(Kelurahan kelurahan) {
    }

    private UploadKeys() {
    }

    /** The refusal for a key that is not {@code <prefix>/<kelurahan or kota>/…/<file>}, or null when it is one. */
    static Refusal refusal(String key, KelurahanDirectory directory) {
        String[] parts = key.split("/", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return new Refusal("KEY_INVALID", "nama berkas " + key + " memuat bagian kosong, \".\" atau "
                        + "\"..\"; unggah ke incoming/<nama kelurahan>/<nama berkas>");
            }
        }
        if (parts.length < 3) {
            return new Refusal("KEY_NOT_A_KELURAHAN", "berkas harus diunggah ke folder kelurahannya: "
                    + "incoming/<nama kelurahan>/<nama berkas> (berkas ini: " + key + ")");
        }
        if (parts[1].equalsIgnoreCase(CITY_FOLDER) || kelurahan(parts[1], directory) != null) {
            return null;
        }
        return new Refusal("KEY_NOT_A_KELURAHAN", "folder \"" + parts[1] + "\" bukan kelurahan Kota Pekalongan; "
                + "unggah ke incoming/<nama kelurahan>/<nama berkas>");
    }

    /** The kelurahan a key's folder names, or null (the city-wide folder, or a key {@link #refusal} refuses). */
    static Kelurahan kelurahanOf(String key, KelurahanDirectory directory) {
        String[] parts = key.split("/");
        return parts.length < 3 ? null : kelurahan(parts[1], directory);
    }

    private static Kelurahan kelurahan(String folder, KelurahanDirectory directory) {
        KelurahanMatch match = directory.matchKelurahan(folder);
        return match instanceof KelurahanMatch.InCity inCity ? inCity.kelurahan() : null;
    }

    /**
     * The id under which a refused key's record is kept: of the key and the content together, so that the same
     * bytes put later under the right folder are still a new upload, and a repeated event for the wrong one is not.
     */
    static String refusedId(String key, String contentId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("refused-key\n" + key + "\n" + contentId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
