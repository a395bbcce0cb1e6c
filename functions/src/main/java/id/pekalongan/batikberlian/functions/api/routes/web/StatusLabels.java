package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;

/** How each status reads to a worker or a clerk. */
final class StatusLabels {

    private StatusLabels() {
    }

    static String label(ParticipantStatus status) {
        return switch (status) {
            case PENDING -> "Sedang diperiksa";
            case INELIGIBLE -> "Tidak memenuhi syarat";
            case WAITLISTED -> "Daftar tunggu (kuota tahun ini penuh)";
            case ACTIVE -> "Peserta aktif";
            case ENDED -> "Kepesertaan berakhir";
            case LAPSED -> "Kepesertaan terhenti (iuran 3 bulan tidak terbayar)";
        };
    }
}
