package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.functions.api.ApiError;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A file name from a clerk's computer made safe for an S3 key: the last path segment only, letters, digits, dot,
 * dash and underscore (anything else becomes a dash), at most 100 characters, and a spreadsheet extension.
 */
final class FileNames {

    static final int MAX_LENGTH = 100;

    private FileNames() {
    }

    static String sanitise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ApiError(400, "FILE_NAME_REQUIRED", "fileName", "nama berkas wajib diisi");
        }
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        name = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("\\.{2,}", ".");
        name = name.replaceAll("^[.-]+", "");
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!ext.equals("csv") && !ext.equals("xlsx")) {
            throw new ApiError(400, "FILE_TYPE_UNSUPPORTED", "fileName",
                    "hanya berkas .csv atau .xlsx yang dapat diunggah");
        }
        String stem = name.substring(0, dot).replaceAll("[-.]+$", "");
        if (stem.isEmpty()) {
            stem = "berkas";
        }
        int room = MAX_LENGTH - ext.length() - 1;
        return (stem.length() > room ? stem.substring(0, room) : stem) + "." + ext;
    }
}
