package id.pekalongan.batikberlian.functions.claims;

import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Participants and bill lines written as the rest of the system writes them: applicants through
 * {@link ApplicantStore#insertNew}, bill lines in the billing run's layout (period, LINE#nik, nik, total, status).
 */
public final class ClaimFixtures {

    /** The premium of one month (JKK 0.24% + JKM Rp6.800 on Rp1.000.000), as a bill line would carry it. */
    static final long MONTHLY_TOTAL = 16_800;

    private ClaimFixtures() {
    }

    /** Kecamatan Pekalongan Barat, a woman born 15 May 1990, a random sequence (a clash is drawn again). */
    public static String newNik() {
        return "337501550590" + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
    }

    /** An ACTIVE participant covered from {@code coverageStart}, or in {@code status}. */
    public static Applicant participant(ParticipantStatus status, LocalDate coverageStart) {
        String nik = newNik();
        Applicant a = new Applicant(nik, "Peserta Uji", LocalDate.of(1990, 5, 15), Sex.FEMALE, "Buruh batik", null,
                "33.75.01.1004", "33.75.01", "001", "002", "Jl. Uji", null, PriorityFlags.NONE, 1_000_000L, status,
                "FORM", 0, Instant.parse("2022-03-01T00:00:00Z"), null, coverageStart, coverageStart,
                coverageStart == null ? null : coverageStart.getYear(), null, null, null, null, 1);
        List<String> taken = List.copyOf(FunctionsApp.bean(ApplicantStore.class).insertNew(List.of(a)));
        if (!taken.isEmpty()) {
            return participant(status, coverageStart);
        }
        return a;
    }

    /** Bill lines for every month from {@code from} to {@code to}, as the monthly run writes them. */
    public static void billed(String nik, YearMonth from, YearMonth to) {
        String table = LocalAws.get().tables().get("BillingTable");
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            String period = m.toString();
            LocalAws.get().dynamo().putItem(b -> b.tableName(table).item(Map.of(
                    "period", Attr.s(period),
                    "sk", Attr.s("LINE#" + nik),
                    "nik", Attr.s(nik),
                    "total", Attr.n(MONTHLY_TOTAL),
                    "status", Attr.s("BILLED"))));
        }
    }

    /** A period's summary item of the same table, which must not count as a month of contributions. */
    public static void periodTotal(String nik, YearMonth period) {
        String table = LocalAws.get().tables().get("BillingTable");
        LocalAws.get().dynamo().putItem(b -> b.tableName(table).item(Map.of(
                "period", Attr.s(period.toString()),
                "sk", Attr.s("TOTAL#" + nik),
                "nik", Attr.s(nik),
                "total", Attr.n(MONTHLY_TOTAL))));
    }
}
