package id.pekalongan.batikberlian.domain.premium;

import id.pekalongan.batikberlian.domain.participant.AgeLimits;

/**
 * Why a participant is left off a month's bill. The names are stable reason codes; the messages are for city and
 * kelurahan staff. When several apply, the first in declaration order is reported.
 */
public enum NotBillableReason {
    DECEASED("Peserta meninggal dunia sebelum tanggal 1 bulan tagihan"),
    NOT_ACTIVE("Status kepesertaan tidak aktif"),
    NOT_YET_COVERED("Perlindungan belum mulai pada tanggal 1 bulan tagihan"),
    UNDER_AGE("Usia belum " + AgeLimits.PROGRAMME.minimum() + " tahun pada tanggal 1 bulan tagihan"),
    AGED_OUT("Usia sudah lebih dari " + AgeLimits.PROGRAMME.maximum() + " tahun pada tanggal 1 bulan tagihan");

    private final String message;

    NotBillableReason(String message) {
        this.message = message;
    }

    /** Bahasa Indonesia, for staff. */
    public String message() {
        return message;
    }

    public String code() {
        return name();
    }
}
