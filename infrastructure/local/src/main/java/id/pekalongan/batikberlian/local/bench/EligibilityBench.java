package id.pekalongan.batikberlian.local.bench;

import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.Person;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.Work;
import id.pekalongan.batikberlian.domain.time.Jakarta;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import id.pekalongan.batikberlian.domain.eligibility.Candidate;
import id.pekalongan.batikberlian.domain.eligibility.EvaluationContext;
import id.pekalongan.batikberlian.domain.eligibility.RuleSet;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.functions.eligibility.ValidateEligibilityFunction;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import id.pekalongan.batikberlian.storage.QuotaStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * {@code bench eligibility}: the rule set alone in memory, then the real path — PENDING applicants written to the
 * applicants table, their INSERT records read back from the table's stream with the Streams API, filtered as the
 * template's event source mapping filters them, and handed to {@link ValidateEligibilityFunction#handle} in batches
 * of 100. Lambda's ParallelizationFactor is imitated with lanes: a NIK always goes to the same lane, lanes run at once.
 */
public final class EligibilityBench {

    static final int BATCH = 100;
    /** One applicant in ten is refused: an occupation that is not on the list. */
    static final int REFUSED_EVERY = 10;

    private EligibilityBench() {
    }

    static Candidate candidate(People people, int i) {
        Candidate c = people.person(i).candidate();
        return i % REFUSED_EVERY == REFUSED_EVERY - 1 ? new Candidate(c.nikText(), c.name(), c.birthDate(), c.sex(),
                "Pegawai bank", c.kelurahan(), c.kecamatan(), c.priority()) : c;
    }

    public static void run(BenchArgs args, Figures f) throws Exception {
        int n = args.intValue("applicants", 100_000);
        int threads = args.intValue("threads", 8);
        People people = new People(11);
        f.put("eligibility.applicants", n);
        inMemory(people, n, f);
        stream(people, n, threads, f);
    }

    private static void inMemory(People people, int n, Figures f) {
        RuleSet rules = RuleSet.standard();
        EvaluationContext ctx = new EvaluationContext(LocalDate.now(Jakarta.ZONE),
                KelurahanDirectory.loadDefault(), OccupationList.loadDefault(), nik -> false);
        List<Candidate> candidates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            candidates.add(candidate(people, i));
        }
        for (int i = 0; i < Math.min(n, 20_000); i++) {
            rules.evaluate(candidates.get(i), ctx);
        }
        long eligible = 0;
        long start = System.nanoTime();
        for (Candidate c : candidates) {
            if (rules.evaluate(c, ctx).eligible()) {
                eligible++;
            }
        }
        long nanos = System.nanoTime() - start;
        f.put("eligibility.rules_decisions_per_s", Math.round(Figures.perSecond(n, nanos)));
        f.put("eligibility.rules_eligible", eligible);
    }

    private static void stream(People people, int n, int threads, Figures f) throws Exception {
        try (BenchAws aws = BenchAws.start();
             DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder()
                     .endpointOverride(java.net.URI.create(aws.functionVariables().get("AWS_ENDPOINT_URL_DYNAMODB")))
                     .region(Region.of(BenchAws.REGION)).httpClientBuilder(UrlConnectionHttpClient.builder())
                     .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials
                             .create("local", "local")).build()) {
            ApplicantStore store = aws.bean(ApplicantStore.class);
            int year = LocalDate.now(Jakarta.ZONE).getYear();
            long quota = Math.max(1, n * 6L / 10);
            aws.bean(ProgrammeConfigStore.class).setQuota(year, quota, "bench");
            f.put("eligibility.quota", quota);

            Instant received = Instant.now();
            long seedStart = System.nanoTime();
            List<Applicant> chunk = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Candidate c = candidate(people, i);
                Applicant a = people.person(i).applicant(ParticipantStatus.PENDING, "BENCH", i + 2, received, null);
                if (!c.occupation().equals(a.occupation())) {
                    a = new Applicant(new Person(a.nik(), a.name(), a.birthDate(), a.sex()),
                            new Residence(a.kelurahanCode(), a.kecamatanCode(), a.rt(), a.rw(), a.address(), a.phone()),
                            new Work(c.occupation(), null, a.declaredIncome()),
                            a.priority(),
                            a.status(),
                            new Arrival(a.uploadId(), a.rowNumber(), a.receivedAt(), a.arrivalKey()),
                            Membership.NONE,
                            null,
                            1);
                }
                chunk.add(a);
                if (chunk.size() == 1000) {
                    store.insertNew(chunk);
                    chunk.clear();
                }
            }
            store.insertNew(chunk);
            f.put("eligibility.seed_seconds", (System.nanoTime() - seedStart) / 1e9);

            ValidateEligibilityFunction function = aws.bean(ValidateEligibilityFunction.class);
            DynamoCounter.Snapshot before = aws.counter().snapshot();
            long start = System.nanoTime();
            List<List<DynamodbEvent.DynamodbStreamRecord>> lanes = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                lanes.add(new ArrayList<>());
            }
            int read = readStream(aws, streams, n, lanes);
            long readNanos = System.nanoTime() - start;
            AtomicLong failures = new AtomicLong();
            AtomicLong invocations = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (List<DynamodbEvent.DynamodbStreamRecord> lane : lanes) {
                    done.add(pool.submit(() -> {
                        for (int from = 0; from < lane.size(); from += BATCH) {
                            DynamodbEvent event = new DynamodbEvent();
                            event.setRecords(lane.subList(from, Math.min(lane.size(), from + BATCH)));
                            StreamsEventResponse r = function.handle(event);
                            invocations.incrementAndGet();
                            failures.addAndGet(r.getBatchItemFailures().size());
                        }
                    }));
                }
                for (Future<?> d : done) {
                    d.get();
                }
            } finally {
                pool.shutdown();
            }
            long nanos = System.nanoTime() - start;
            DynamoCounter.Snapshot used = aws.counter().snapshot().minus(before);
            f.put("eligibility.stream_records", read);
            f.put("eligibility.stream_lanes", threads);
            f.put("eligibility.stream_invocations", invocations.get());
            f.put("eligibility.stream_read_seconds", readNanos / 1e9);
            f.put("eligibility.stream_decisions_per_s", Math.round(Figures.perSecond(read, nanos)));
            f.put("eligibility.stream_batch_item_failures", failures.get());
            f.put("eligibility.write_requests", used.writeRequests());
            f.put("eligibility.read_requests", used.readRequests());
            f.put("eligibility.write_units", used.writeUnits());
            f.put("eligibility.read_units", used.readUnits());
            f.put("eligibility.dynamodb_calls", used.callsText());

            Map<ParticipantStatus, Long> byStatus = new LinkedHashMap<>();
            for (ParticipantStatus s : ParticipantStatus.values()) {
                try (var st = store.byStatus(s)) {
                    byStatus.put(s, st.count());
                }
                f.put("eligibility.status_" + s.name().toLowerCase(java.util.Locale.ROOT), byStatus.get(s));
            }
            long active = byStatus.get(ParticipantStatus.ACTIVE);
            long eligible = active + byStatus.get(ParticipantStatus.WAITLISTED);
            long counter = aws.bean(QuotaStore.class).admitted(year);
            f.put("eligibility.quota_counter", counter);
            f.put("eligibility.quota_ok", active == Math.min(quota, eligible) && counter == active ? 1 : 0);
        }
    }

    /** Reads the stream from its start until {@code wanted} PENDING records have come, dealing them to lanes. */
    private static int readStream(BenchAws aws, DynamoDbStreamsClient streams, int wanted,
                                  List<List<DynamodbEvent.DynamodbStreamRecord>> lanes) {
        String table = aws.tables().get("ApplicantsTable");
        String arn = aws.dynamo().describeTable(b -> b.tableName(table)).table().latestStreamArn();
        Map<String, String> iterators = new LinkedHashMap<>();
        int read = 0;
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (read < wanted) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + read + " of " + wanted + " stream records came in 10 minutes");
            }
            for (Shard s : streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()) {
                iterators.computeIfAbsent(s.shardId(), id -> streams.getShardIterator(b -> b.streamArn(arn)
                        .shardId(id).shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator());
            }
            boolean any = false;
            for (Map.Entry<String, String> e : iterators.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                var response = streams.getRecords(b -> b.shardIterator(e.getValue()).limit(1000));
                e.setValue(response.nextShardIterator());
                for (Record r : response.records()) {
                    any = true;
                    if (!pending(r)) {
                        continue;
                    }
                    String nik = r.dynamodb().keys().get("nik").s();
                    lanes.get(Math.floorMod(nik.hashCode(), lanes.size())).add(lambdaRecord(r, nik));
                    read++;
                }
            }
            if (!any && read < wanted) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(ie);
                }
            }
        }
        return read;
    }

    /** The template's filter: INSERT or MODIFY with a NewImage whose status is PENDING. */
    private static boolean pending(Record r) {
        String name = r.eventNameAsString();
        if (!"INSERT".equals(name) && !"MODIFY".equals(name) || !r.dynamodb().hasNewImage()) {
            return false;
        }
        AttributeValue status = r.dynamodb().newImage().get("status");
        return status != null && "PENDING".equals(status.s());
    }

    private static DynamodbEvent.DynamodbStreamRecord lambdaRecord(Record r, String nik) {
        StreamRecord s = new StreamRecord();
        s.setKeys(Map.of("nik", new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue()
                .withS(nik)));
        s.setSequenceNumber(r.dynamodb().sequenceNumber());
        DynamodbEvent.DynamodbStreamRecord out = new DynamodbEvent.DynamodbStreamRecord();
        out.setEventID(r.eventID());
        out.setEventName(r.eventNameAsString());
        out.setEventSource("aws:dynamodb");
        out.setDynamodb(s);
        return out;
    }
}
