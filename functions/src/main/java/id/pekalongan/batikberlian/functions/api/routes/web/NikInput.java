package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.functions.api.ApiError;

/** A NIK typed by a person: spaces and dots people use for readability are dropped, then it must be 16 digits. */
final class NikInput {

    private NikInput() {
    }

    static String require(String raw, String field) {
        String nik = raw == null ? "" : raw.replaceAll("[\\s.\\-]", "");
        if (nik.isEmpty()) {
            throw new ApiError(400, "NIK_REQUIRED", field, "NIK wajib diisi");
        }
        if (!Nik.isSixteenDigits(nik)) {
            throw new ApiError(400, "NIK_INVALID_FORMAT", field, "NIK harus 16 angka");
        }
        return nik;
    }
}
