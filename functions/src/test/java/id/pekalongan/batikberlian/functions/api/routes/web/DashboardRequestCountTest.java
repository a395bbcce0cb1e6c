package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.BatikBerlianApplication;
import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.Person;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.Work;
import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.Occupation;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.functions.api.ApiFunction;
import id.pekalongan.batikberlian.functions.api.routes.web.HttpEvents.As;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.testing.DynamoRequests;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One dashboard load costs the same few DynamoDB requests at 1,000 and at 100,000 participants: the figures come
 * from the counters the registrations keep, not from reading the participants. The participants are registered
 * through {@link ApplicantStore#insertNew} (25 to a transaction, the counters in the same transaction), from several
 * threads, each with kelurahan of its own so that no two transactions wait on one counter item.
 */
class DashboardRequestCountTest {

    static final int SMALL = 1_000;
    static final int LARGE = 100_000;
    static final int MAX_REQUESTS = 50;
    static final int THREADS = 4;
    static final ParticipantStatus[] MIX = {ParticipantStatus.ACTIVE, ParticipantStatus.ACTIVE,
            ParticipantStatus.ACTIVE, ParticipantStatus.PENDING, ParticipantStatus.INELIGIBLE,
            ParticipantStatus.WAITLISTED, ParticipantStatus.ENDED, ParticipantStatus.LAPSED};

    static final DynamoRequests REQUESTS = new DynamoRequests();
    static ConfigurableApplicationContext counted;
    static List<Kelurahan> kelurahan;
    static List<Occupation> occupations;

    @BeforeAll
    static void start() {
        LocalAws aws = LocalAws.get();
        aws.resetTables();
        counted = new SpringApplicationBuilder(BatikBerlianApplication.class).web(WebApplicationType.NONE)
                .properties(FunctionsApp.properties(aws))
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("dynamoRequests", REQUESTS))
                .run();
        kelurahan = KelurahanDirectory.loadDefault().kelurahan();
        occupations = OccupationList.loadDefault().all();
    }

    /** A hundred thousand participants would be billed, listed and counted by whatever test runs next. */
    @AfterAll
    static void stop() {
        counted.close();
        LocalAws.get().resetTables();
    }

    @Test
    void oneDashboardLoadCostsTheSameFewRequestsAtAThousandAndAHundredThousandParticipants() throws Exception {
        long t0 = System.nanoTime();
        register(0, SMALL);
        long small = load(SMALL);
        Map<String, Long> smallOps = REQUESTS.byOperation();

        long t1 = System.nanoTime();
        register(SMALL, LARGE);
        long writeSeconds = (System.nanoTime() - t1) / 1_000_000_000L;
        long large = load(LARGE);
        Map<String, Long> largeOps = REQUESTS.byOperation();

        System.out.println("dashboard.requests.participants_" + SMALL + "=" + small + " " + smallOps);
        System.out.println("dashboard.requests.participants_" + LARGE + "=" + large + " " + largeOps);
        System.out.println("dashboard.bulk_registration_seconds=" + writeSeconds + " (" + (LARGE - SMALL)
                + " participants), total_seconds=" + (System.nanoTime() - t0) / 1_000_000_000L);
        assertThat(small).isLessThan(MAX_REQUESTS);
        assertThat(large).as("flat in participants").isEqualTo(small);
        assertThat(largeOps).isEqualTo(smallOps);
    }

    /** Loads the dashboard once and checks its figures against what was registered. */
    private static long load(int participants) {
        REQUESTS.reset();
        HttpEvents.Answer a = HttpEvents.call(counted.getBean(ApiFunction.class), As.FINANCE, "GET /reports/summary",
                "/reports/summary", Map.of(), Map.of("year", "2031"), null, "203.0.113.10");
        long requests = REQUESTS.total();
        assertThat(a.status()).isEqualTo(200);
        JsonNode p = a.json().path("participants");
        assertThat(p.path("total").asLong()).isEqualTo(participants);
        long active = 0;
        for (int i = 0; i < participants; i++) {
            active += MIX[i % MIX.length] == ParticipantStatus.ACTIVE ? 1 : 0;
        }
        assertThat(p.path("byStatus").path("ACTIVE").asLong()).isEqualTo(active);
        assertThat(p.path("byKelurahan")).hasSize(Math.min(participants, kelurahan.size()));
        long sum = 0;
        for (JsonNode k : p.path("byKelurahan")) {
            sum += k.path("total").asLong();
        }
        assertThat(sum).isEqualTo(participants);
        return requests;
    }

    /** Participants {@code from} (inclusive) to {@code to}, each thread taking the kelurahan of its own share. */
    private static void register(int from, int to) throws Exception {
        ApplicantStore store = counted.getBean(ApplicantStore.class);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    // One kelurahan after another, so each transaction of 25 moves a single counter item.
                    for (int k = thread; k < kelurahan.size(); k += THREADS) {
                        List<Applicant> batch = new ArrayList<>();
                        int first = from + Math.floorMod(k - from, kelurahan.size());
                        for (int i = first; i < to; i += kelurahan.size()) {
                            batch.add(applicant(i));
                            if (batch.size() == 500) {
                                assertThat(store.insertNew(batch)).isEmpty();
                                batch.clear();
                            }
                        }
                        assertThat(store.insertNew(batch)).isEmpty();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Participant number {@code i}: a NIK of its own, the kelurahan and occupation in turn, a status from the mix. */
    static Applicant applicant(int i) {
        Kelurahan k = kelurahan.get(i % kelurahan.size());
        Occupation o = occupations.get(i / kelurahan.size() % occupations.size());
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i / 9_000);
        String nik = String.format("3375%02d%02d%02d%02d%04d", 1 + i % 4, birth.getDayOfMonth(),
                birth.getMonthValue(), birth.getYear() % 100, i % 9_000 + 1);
        ParticipantStatus status = MIX[i % MIX.length];
        boolean covered = status == ParticipantStatus.ACTIVE;
        return new Applicant(new Person(nik, "Peserta " + i, birth, Sex.MALE),
                new Residence(k.code(), k.kecamatanCode(), "001", "002", "Jl. Contoh 1", "08123456789"),
                new Work(o.name(), o.code(), 1_000_000L), PriorityFlags.NONE, status,
                new Arrival("BULK", i, Instant.parse("2031-01-02T03:00:00Z"), "2031-01-02T03:00:00Z#" + i),
                new Membership(covered ? LocalDate.of(2031, 1, 2) : null, covered ? LocalDate.of(2031, 2, 1) : null,
                        covered ? 2031 : null, null, null, null), null, 1);
    }
}
