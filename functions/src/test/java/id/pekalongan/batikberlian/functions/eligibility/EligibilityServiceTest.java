package id.pekalongan.batikberlian.functions.eligibility;

import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.Person;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.Work;
import id.pekalongan.batikberlian.domain.time.Jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.reference.Occupation;
import id.pekalongan.batikberlian.functions.ingest.ApplicantFactory;
import id.pekalongan.batikberlian.json.Json;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.AuditLog;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import id.pekalongan.batikberlian.storage.QuotaStore;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Decisions, the quota and the waitlist on the DynamoDB engine. */
class EligibilityServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int YEAR = 2026;

    private final LocalAws aws = LocalAws.get();
    private EligibilityService service;
    private ApplicantStore applicants;
    private QuotaStore quotas;
    private ProgrammeConfigStore config;

    @BeforeEach
    void setUp() {
        aws.resetTables();
        service = FunctionsApp.bean(EligibilityService.class).withClock(
                Clock.fixed(TODAY.atTime(9, 0).atZone(Jakarta.ZONE).toInstant(),
                        Jakarta.ZONE));
        applicants = FunctionsApp.bean(ApplicantStore.class);
        quotas = FunctionsApp.bean(QuotaStore.class);
        config = FunctionsApp.bean(ProgrammeConfigStore.class);
    }

    private static int arrival = 0;

    private Applicant pending(LocalDate birth, String occupation) {
        String nik = Niks.male(birth);
        Instant received = Instant.parse("2026-11-01T01:00:00Z");
        int row = ++arrival;
        Applicant a = new Applicant(new Person(nik, "Pekerja " + row, birth, Sex.MALE),
                new Residence("33.75.01.1004", "33.75.01", null, null, null, null),
                new Work(occupation, null, 1_000_000L),
                PriorityFlags.NONE,
                ParticipantStatus.PENDING,
                new Arrival("u-test", row, received, ApplicantFactory.arrivalKey(received, "u-test", row)),
                Membership.NONE,
                null,
                1);
        assertThat(applicants.insertNew(List.of(a))).isEmpty();
        return a;
    }

    @Test
    void anEligibleWorkerIsAdmittedWithCoverageFromTheNextMonthAndEveryRuleRecorded() {
        Applicant a = pending(LocalDate.of(1975, 8, 17), "Tukang becak");
        assertThat(service.decide(a.nik())).contains(ParticipantStatus.ACTIVE);
        Applicant stored = applicants.find(a.nik()).orElseThrow();
        assertThat(stored.coverageStart()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(stored.approvedOn()).isEqualTo(TODAY);
        assertThat(stored.programmeYear()).isEqualTo(YEAR);
        assertThat(stored.decision().ruleSetVersion()).isNotBlank();
        assertThat(stored.decision().results()).extracting(r -> r.ruleId())
                .contains("REQUIRED_FIELDS", "NIK_STRUCTURE", "AGE_RANGE", "OCCUPATION_VALID", "KELURAHAN_IN_CITY",
                        "NIK_SEX_MATCHES");
        assertThat(quotas.admitted(YEAR)).isEqualTo(1);
        assertThat(service.decide(a.nik())).as("a repeated stream record decides nothing").isEmpty();
        assertThat(quotas.admitted(YEAR)).isEqualTo(1);
    }

    @Test
    void refusalsSayWhichRuleFailedOnWhichValue() {
        Applicant young = pending(LocalDate.of(2010, 3, 14), "Tukang becak");
        Applicant teacher = pending(LocalDate.of(1980, 1, 1), "Guru honorer");
        assertThat(service.decide(young.nik())).contains(ParticipantStatus.INELIGIBLE);
        assertThat(service.decide(teacher.nik())).contains(ParticipantStatus.INELIGIBLE);
        assertThat(applicants.find(young.nik()).orElseThrow().decision().failures())
                .extracting(r -> r.code()).containsExactly("AGE_TOO_YOUNG");
        var failure = applicants.find(teacher.nik()).orElseThrow().decision().failures().get(0);
        assertThat(failure.code()).isEqualTo("OCCUPATION_UNKNOWN");
        assertThat(failure.value()).isEqualTo("Guru honorer");
        assertThat(failure.message()).isNotBlank();
        assertThat(quotas.admitted(YEAR)).isZero();
    }

    @Test
    void fiftyConcurrentAdmissionsForTheLastTenSlotsAdmitExactlyTen() throws Exception {
        config.setQuota(YEAR, 15, "test");
        for (int i = 0; i < 5; i++) {
            assertThat(service.decide(pending(LocalDate.of(1980, 1, 1 + i), "Becak").nik()))
                    .contains(ParticipantStatus.ACTIVE);
        }
        List<Applicant> racers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            racers.add(pending(LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28), "Kuli panggul"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (Applicant a : racers) {
            futures.add(pool.submit(() -> {
                go.await();
                return service.decide(a.nik());
            }));
        }
        go.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        long active = racers.stream().filter(a -> applicants.find(a.nik()).orElseThrow().status()
                == ParticipantStatus.ACTIVE).count();
        long waiting = racers.stream().filter(a -> applicants.find(a.nik()).orElseThrow().status()
                == ParticipantStatus.WAITLISTED).count();
        assertThat(active).isEqualTo(10);
        assertThat(waiting).isEqualTo(40);
        assertThat(quotas.admitted(YEAR)).isEqualTo(15);
        assertThat(quotas.waiting(YEAR)).isEqualTo(40);
    }

    @Test
    void aFreedSlotPromotesTheFirstToArriveAndOnlyOnce() {
        config.setQuota(YEAR, 1, "test");
        Applicant first = pending(LocalDate.of(1970, 1, 1), "Becak");
        Applicant second = pending(LocalDate.of(1971, 1, 1), "Becak");
        Applicant third = pending(LocalDate.of(1972, 1, 1), "Becak");
        service.decide(first.nik());
        service.decide(third.nik());
        service.decide(second.nik());
        assertThat(applicants.find(third.nik()).orElseThrow().status()).isEqualTo(ParticipantStatus.WAITLISTED);

        assertThat(service.slotFreed(first.nik(), YEAR)).isEqualTo(1);
        assertThat(applicants.find(second.nik()).orElseThrow().status())
                .as("second arrived before third, whatever the order of decisions")
                .isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(service.slotFreed(first.nik(), YEAR)).as("the same slot is freed once").isZero();
        assertThat(applicants.find(third.nik()).orElseThrow().status()).isEqualTo(ParticipantStatus.WAITLISTED);
        assertThat(quotas.admitted(YEAR)).isEqualTo(1);
    }

    @Test
    void aYearOnceFullStillAdmitsWhenASlotIsGivenBackOrTheQuotaRaised() {
        config.setQuota(YEAR, 1, "test");
        Applicant first = pending(LocalDate.of(1970, 1, 1), "Becak");
        assertThat(service.decide(first.nik())).contains(ParticipantStatus.ACTIVE);
        assertThat(service.decide(pending(LocalDate.of(1971, 1, 1), "Becak").nik()))
                .contains(ParticipantStatus.WAITLISTED);

        assertThat(quotas.release(first.nik(), YEAR)).isTrue();
        assertThat(service.decide(pending(LocalDate.of(1972, 1, 1), "Becak").nik()))
                .as("the year was full a moment ago; the free slot is taken all the same")
                .contains(ParticipantStatus.ACTIVE);
        assertThat(service.decide(pending(LocalDate.of(1973, 1, 1), "Becak").nik()))
                .contains(ParticipantStatus.WAITLISTED);

        config.setQuota(YEAR, 2, "test");
        assertThat(service.decide(pending(LocalDate.of(1974, 1, 1), "Becak").nik()))
                .as("the next decision reads the raised quota").contains(ParticipantStatus.ACTIVE);
        assertThat(quotas.admitted(YEAR)).isEqualTo(2);
    }

    @Test
    void everyDecisionAndPromotionIsWrittenWithItsOwnAuditEntryAndARepeatWritesNone() throws Exception {
        AuditLog audit = FunctionsApp.bean(AuditLog.class);
        config.setQuota(YEAR, 3, "test");
        long before = audit.entries().size();
        List<Applicant> racers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            racers.add(pending(LocalDate.of(1970 + i, 3, 1 + i), i % 4 == 3 ? "Guru honorer" : "Becak"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (Applicant a : racers) {
                futures.add(pool.submit(() -> service.decide(a.nik())));
            }
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        Applicant admitted = racers.stream().filter(a -> applicants.find(a.nik()).orElseThrow().status()
                == ParticipantStatus.ACTIVE).findFirst().orElseThrow();
        assertThat(service.slotFreed(admitted.nik(), YEAR)).isEqualTo(1);

        List<AuditLog.Entry> added = audit.entries().subList((int) before, audit.entries().size());
        assertThat(added).extracting(e -> e.newValue().split(" ")[0]).as("3 admitted, 3 refused, 6 waiting, "
                + "then the head of the waitlist promoted; the repeated records wrote nothing")
                .containsOnly("ACTIVE", "INELIGIBLE", "WAITLISTED").hasSize(13);
        assertThat(added.stream().filter(e -> e.newValue().startsWith("ACTIVE"))).hasSize(4);
        assertThat(added.stream().filter(e -> e.oldValue().equals("WAITLISTED"))).hasSize(1);
        assertThat(added).allSatisfy(e -> assertThat(e.subjectMasked()).contains("****"));
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void reevaluationJudgesRefusedApplicantsAgainAfterStaffExtendTheList() {
        Applicant a = pending(LocalDate.of(1980, 5, 5), "Penjual jamu gendong");
        assertThat(service.decide(a.nik())).contains(ParticipantStatus.INELIGIBLE);
        config.putOccupation(new Occupation("JAMU_GENDONG", "Penjual jamu gendong", List.of("jamu gendong"),
                LocalDate.of(2023, 6, 22), null, "Keputusan Wali Kota"), "petugas");
        assertThat(service.reevaluate("33.75.01.1004")).isEqualTo(1);
        assertThat(applicants.find(a.nik()).orElseThrow().status()).isEqualTo(ParticipantStatus.PENDING);
        assertThat(service.decide(a.nik())).contains(ParticipantStatus.ACTIVE);
    }

    @Test
    void aStreamBatchReportsOnlyTheRecordThatFailed() throws Exception {
        Applicant a = pending(LocalDate.of(1980, 2, 2), "Becak");
        String json = """
                {"Records":[
                 {"eventID":"1","eventName":"INSERT","eventVersion":"1.1","eventSource":"aws:dynamodb",
                  "awsRegion":"ap-southeast-3","dynamodb":{"ApproximateCreationDateTime":1700000000,
                  "Keys":{"nik":{"S":"%s"}},"NewImage":{"nik":{"S":"%s"},"status":{"S":"PENDING"}},
                  "SequenceNumber":"100","SizeBytes":50,"StreamViewType":"NEW_AND_OLD_IMAGES"},
                  "eventSourceARN":"arn:aws:dynamodb:ap-southeast-3:000000000000:table/x/stream/2026"},
                 {"eventID":"2","eventName":"INSERT","eventVersion":"1.1","eventSource":"aws:dynamodb",
                  "awsRegion":"ap-southeast-3","dynamodb":{"ApproximateCreationDateTime":1700000000,
                  "Keys":{"other":{"S":"x"}},"SequenceNumber":"200","SizeBytes":10,
                  "StreamViewType":"NEW_AND_OLD_IMAGES"},
                  "eventSourceARN":"arn:aws:dynamodb:ap-southeast-3:000000000000:table/x/stream/2026"}]}
                """.formatted(a.nik(), a.nik());
        Object answer = FunctionsApp.bean(ValidateEligibilityFunction.class)
                .apply(EligibilityEvents.decode(Json.MAPPER.readTree(json)));
        assertThat(answer).isInstanceOf(StreamsEventResponse.class);
        assertThat(((StreamsEventResponse) answer).getBatchItemFailures())
                .extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier).containsExactly("200");
        assertThat(applicants.find(a.nik()).orElseThrow().status()).isEqualTo(ParticipantStatus.ACTIVE);
    }
}
