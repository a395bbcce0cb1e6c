package id.pekalongan.batikberlian.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench http}: the whole local stack in this process, and C clients each sending R requests, a third each of
 * POST /status (a registered NIK), POST /applicants (staff token, a new worker) and POST /claims/simulate. Bounded in
 * count and in time ({@code --max-seconds}, default 300): a client stops early when the time is up.
 */
public final class HttpBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int KNOWN = 50;

    private HttpBench() {
    }

    public static void run(BenchArgs args, Figures f, LocalStackHandle.Starter starter) throws Exception {
        int clients = args.intValue("clients", 50);
        int requests = args.intValue("requests", 2000);
        int maxSeconds = args.intValue("max-seconds", 300);
        f.put("http.clients", clients);
        f.put("http.requests_per_client", requests);
        try (LocalStackHandle stack = starter.start()) {
            String base = stack.apiBaseUrl();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4)).build();
            String token = JSON.readTree(post(http, base + "/_local/token", "{\"groups\":[\"staff\"]}", null).body())
                    .get("token").asText();
            People people = new People(31);
            List<People.Person> known = new ArrayList<>();
            for (int i = 0; i < KNOWN; i++) {
                People.Person p = people.person(i);
                HttpResponse<String> r = post(http, base + "/applicants", registration(p), token);
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("registering a known worker answered " + r.statusCode() + ": "
                            + r.body());
                }
                known.add(p);
            }
            String simulate = "{\"type\":\"JKM_DEATH\",\"incidentDate\":\"2026-01-10\",\"contributionMonths\":12}";
            HttpResponse<String> sim = post(http, base + "/claims/simulate", simulate, null);
            if (sim.statusCode() != 200) {
                throw new IllegalStateException("POST /claims/simulate answered " + sim.statusCode() + ": " + sim.body());
            }

            long[][] latencies = new long[clients][];
            AtomicLong ok = new AtomicLong();
            AtomicLong conflicts = new AtomicLong();
            AtomicLong limited = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            AtomicLong sent = new AtomicLong();
            long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    done.add(pool.submit(() -> {
                        long[] mine = new long[requests];
                        int n = 0;
                        for (int i = 0; i < requests && System.nanoTime() < deadline; i++) {
                            String url;
                            String body;
                            String auth = null;
                            switch (i % 3) {
                                case 0 -> {
                                    People.Person p = known.get((client + i) % known.size());
                                    url = base + "/status";
                                    body = "{\"nik\":\"" + p.nik() + "\",\"birthDate\":\"" + p.birthDate() + "\"}";
                                }
                                case 1 -> {
                                    url = base + "/applicants";
                                    body = registration(people.person(KNOWN + client * requests + i));
                                    auth = token;
                                }
                                default -> {
                                    url = base + "/claims/simulate";
                                    body = simulate;
                                }
                            }
                            long t0 = System.nanoTime();
                            int status;
                            try {
                                status = post(http, url, body, auth).statusCode();
                            } catch (Exception e) {
                                status = -1;
                            }
                            mine[n++] = System.nanoTime() - t0;
                            sent.incrementAndGet();
                            if (status >= 200 && status < 300) {
                                ok.incrementAndGet();
                            } else if (status == 409) {
                                conflicts.incrementAndGet();
                            } else if (status == 429) {
                                limited.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                        latencies[client] = Arrays.copyOf(mine, n);
                        return null;
                    }));
                }
                for (Future<?> d : done) {
                    d.get();
                }
            } finally {
                pool.shutdown();
            }
            long nanos = System.nanoTime() - start;
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            f.put("http.requests", sent.get());
            f.put("http.seconds", nanos / 1e9);
            f.put("http.requests_per_s", Math.round(Figures.perSecond(sent.get(), nanos)));
            f.put("http.p50_ms", percentile(all, 50));
            f.put("http.p95_ms", percentile(all, 95));
            f.put("http.p99_ms", percentile(all, 99));
            f.put("http.max_ms", all.length == 0 ? 0 : all[all.length - 1] / 1e6);
            f.put("http.ok_2xx", ok.get());
            f.put("http.conflict_409", conflicts.get());
            f.put("http.rate_limited", limited.get());
            f.note("rate_limited: 429 answers to POST /status, the limiter working (10 a minute per source "
                    + "address, and every client here is 127.0.0.1) — not errors");
            f.put("http.errors", errors.get());
            f.put("http.stopped_by_time", sent.get() < (long) clients * requests ? 1 : 0);
            // Registrations go on through the stream after their answers: let them finish before the stack stops,
            // or its shutdown interrupts decisions half made.
            long quietBy = System.nanoTime() + 120_000_000_000L;
            while (!stack.quiet() && System.nanoTime() < quietBy) {
                Thread.sleep(200);
            }
        }
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static String registration(People.Person p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("nik", p.nik());
        o.put("name", p.name());
        o.put("birthDate", p.birthDate().toString());
        o.put("sex", p.sex() == id.pekalongan.batikberlian.domain.nik.Sex.MALE ? "L" : "P");
        o.put("occupation", p.occupation().name());
        o.put("kelurahan", p.kelurahan().name());
        o.put("kecamatan", p.kelurahan().kecamatanName());
        o.put("rt", p.rt());
        o.put("rw", p.rw());
        o.put("address", p.address());
        return o.toString();
    }

    static HttpResponse<String> post(HttpClient http, String url, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
