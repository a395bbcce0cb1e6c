package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.Person;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.SlotRelease;
import id.pekalongan.batikberlian.domain.participant.Work;
import id.pekalongan.batikberlian.storage.ApplicantItems;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.billing.BillingTables;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Participants and runs for the billing tests, against the shared DynamoDB engine. */
final class BillingFixtures {

    static final String MEDONO = "33.75.01.1002";
    static final String PODOSUGIH = "33.75.01.1003";

    private BillingFixtures() {
    }

    static Resources resources() {
        LocalAws aws = LocalAws.get();
        Map<String, String> t = aws.tables();
        return new Resources(t.get("ApplicantsTable"), t.get("UploadsTable"), t.get("ProgrammeTable"),
                t.get("BillingTable"), t.get("ClaimsTable"), aws.bucket());
    }

    static String nik(int serial) {
        return String.format("337501%010d", serial);
    }

    static Applicant participant(String nik, LocalDate birthDate, LocalDate coverageStart, String kelurahan,
                                 long income, ParticipantStatus status, LocalDate deathDate) {
        return new Applicant(new Person(nik, "Peserta " + nik.substring(12), birthDate, Sex.MALE),
                new Residence(kelurahan, kelurahan.substring(0, 8), "001", "002", "Jl. Batik", null),
                new Work("Tukang becak", "BECAK", income),
                PriorityFlags.NONE,
                status,
                new Arrival("FORM", 0, Instant.parse("2024-01-01T00:00:00Z"), "a"),
                new Membership(coverageStart.minusMonths(1), coverageStart, coverageStart.getYear(), null, null, deathDate),
                null,
                1);
    }

    static Applicant active(String nik, LocalDate birthDate, LocalDate coverageStart, String kelurahan) {
        return participant(nik, birthDate, coverageStart, kelurahan, 1_000_000L,
                ParticipantStatus.ACTIVE, null);
    }

    static void store(List<Applicant> applicants) {
        DynamoDbClient dynamo = LocalAws.get().dynamo();
        String table = resources().applicantsTable();
        for (Applicant a : applicants) {
            dynamo.putItem(b -> b.tableName(table).item(ApplicantItems.toItem(a)));
        }
    }

    /** {@code count} ordinary billable participants from serial {@code from}, over two kelurahan. */
    static List<Applicant> roster(int from, int count) {
        List<Applicant> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(active(nik(from + i), LocalDate.of(1980, 1, 1).plusDays(i), LocalDate.of(2024, 1, 1),
                    i % 2 == 0 ? MEDONO : PODOSUGIH));
        }
        return out;
    }

    static Map<String, AttributeValue> applicant(String nik) {
        return LocalAws.get().dynamo().getItem(b -> b.tableName(resources().applicantsTable())
                .key(Map.of("nik", Attr.s(nik))).consistentRead(true)).item();
    }

    static long count(String table) {
        return LocalAws.get().dynamo().scanPaginator(b -> b.tableName(table)).stream()
                .mapToLong(r -> r.count()).sum();
    }

    static List<Map<String, AttributeValue>> items(String table) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        LocalAws.get().dynamo().scanPaginator(b -> b.tableName(table)).items().forEach(out::add);
        return out;
    }

    static Instant farDeadline() {
        return Instant.now().plus(Duration.ofHours(1));
    }

    static BillingRun run(DynamoDbClient dynamo, BillingSettings settings, SlotRelease slots) {
        return new BillingRun(new BillingTables(dynamo, resources()), LocalAws.get().s3(), resources(), settings, slots,
                Clock.systemUTC());
    }

    /** A SlotRelease that remembers what it was told. */
    static final class RecordingSlots implements SlotRelease {
        final List<String> freed = new CopyOnWriteArrayList<>();

        @Override
        public void slotFreed(String nik, int programmeYear) {
            freed.add(nik + "@" + programmeYear);
        }
    }
}
