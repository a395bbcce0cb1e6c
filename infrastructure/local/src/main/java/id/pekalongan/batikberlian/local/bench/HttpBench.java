package id.pekalongan.batikberlian.local.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code bench http}: the whole local stack in this process, and C clients each sending R requests, a third each of
 * POST /status (a registered NIK), POST /applicants (staff token, a new worker) and POST /claims/simulate.
 *
 * <p>Two loads, reported apart. <em>Closed</em> ({@code http.*}): every client sends its next request as soon as
 * the last one is answered, so the figures measure the stack's capacity on this machine and the queueing at it.
 * <em>Paced</em> ({@code http.paced.*}, with {@code --rate N} requests per second in all, default 100): the same
 * clients on a fixed timetable, latency counted from the moment a request was due, not from when it was sent, so a
 * stall that delays later requests is charged to them too. {@code --rate 0} skips the paced load,
 * {@code --closed false} the closed one. Bounded in count and in time ({@code --max-seconds}, default 300, per load).
 */
public final class HttpBench {

    static final int KNOWN = 50;
    /** The request kinds, in the order the clients cycle through them. */
    private static final String[] KINDS = {"status", "register", "simulate"};
    static final int WARM_UP_CLIENTS = 10;
    static final int WARM_UP_REQUESTS = 300;

    private HttpBench() {
    }

    /** What one load needs: where to send, who is known, and how many new workers have been used so far. */
    private record Target(String base, HttpClient http, String token, List<People.Person> known, People people,
                          String simulate) {
    }

    public static void run(BenchArgs args, Figures f, LocalStackHandle.Starter starter) throws Exception {
        int clients = args.intValue("clients", 50);
        int requests = args.intValue("requests", 2000);
        int maxSeconds = args.intValue("max-seconds", 300);
        int rate = args.countValue("rate", 100);
        int pacedRequests = args.intValue("paced-requests", 40);
        boolean closed = !"false".equals(args.text("closed", "true"));
        // Every client here is 127.0.0.1: at the deployed limit nearly every lookup would be a quick 429 and the
        // figures would measure the limiter, not the lookup. `--status-limit 10` shows the deployed behaviour.
        int statusLimit = args.intValue("status-limit", 1_000_000);
        f.put("http.clients", clients);
        f.put("http.requests_per_client", requests);
        f.put("http.status_checks_per_minute", statusLimit);
        try (LocalStackHandle stack = starter.start(
                Map.of("StatusChecksPerMinute", Integer.toString(statusLimit)))) {
            Target target = prepare(stack.apiBaseUrl());
            int firstNew = KNOWN;
            // Warm: the JIT compiles the request path and the stream's decisions before anything is counted.
            Figures unrecorded = new Figures(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            load(target, unrecorded, "warm-up.", WARM_UP_CLIENTS, WARM_UP_REQUESTS, maxSeconds, 0, firstNew);
            firstNew += WARM_UP_CLIENTS * WARM_UP_REQUESTS;
            settle(stack);
            f.put("http.warm_up_requests", WARM_UP_CLIENTS * WARM_UP_REQUESTS);
            if (rate > 0) {
                // Paced first, on a quiet stack: the closed load leaves a backlog of registrations to judge.
                load(target, f, "http.paced.", clients, pacedRequests, maxSeconds, rate, firstNew);
                firstNew += clients * pacedRequests;
                settle(stack);
            }
            if (closed) {
                load(target, f, "http.", clients, requests, maxSeconds, 0, firstNew);
            }
            f.note("rate_limited: 429 answers to POST /status, the limiter working (status_checks_per_minute per "
                    + "source address, and every client here is 127.0.0.1) — not errors");
            settle(stack);
        }
    }

    private static Target prepare(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4)).build();
        String token = Json.MAPPER.readTree(post(http, base + "/_local/token", "{\"groups\":[\"staff\"]}", null).body())
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
        return new Target(base, http, token, known, people, simulate);
    }

    /** Registrations go on through the stream after their answers: let them finish before the next load or the stop. */
    private static void settle(LocalStackHandle stack) throws InterruptedException {
        long quietBy = System.nanoTime() + 120_000_000_000L;
        while (!stack.quiet() && System.nanoTime() < quietBy) {
            Thread.sleep(200);
        }
    }

    /**
     * @param rate      requests per second from all clients together, or 0 for each client as fast as answered
     * @param firstNew  the first person number not registered yet, so that every registration is a new worker
     */
    private static void load(Target t, Figures f, String prefix, int clients, int requests, int maxSeconds,
                             int rate, int firstNew) throws Exception {
        long[][] latencies = new long[clients][];
        long[][][] byKind = new long[KINDS.length][clients][];
        AtomicLong ok = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong limited = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        // Each client's own period; clients are offset evenly inside it so the requests arrive spread out.
        long period = rate > 0 ? clients * 1_000_000_000L / rate : 0;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime() + (rate > 0 ? 100_000_000L : 0);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    long[] mine = new long[requests];
                    long[][] mineByKind = new long[KINDS.length][requests];
                    int[] nByKind = new int[KINDS.length];
                    int n = 0;
                    for (int i = 0; i < requests && System.nanoTime() < deadline; i++) {
                        long due = System.nanoTime();
                        if (rate > 0) {
                            due = start + client * period / clients + i * period;
                            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                                LockSupport.parkNanos(wait);
                            }
                        }
                        String url;
                        String body;
                        String auth = null;
                        switch (i % 3) {
                            case 0 -> {
                                People.Person p = t.known().get((client + i) % t.known().size());
                                url = t.base() + "/status";
                                body = "{\"nik\":\"" + p.nik() + "\",\"birthDate\":\"" + p.birthDate() + "\"}";
                            }
                            case 1 -> {
                                url = t.base() + "/applicants";
                                body = registration(t.people().person(firstNew + client * requests + i));
                                auth = t.token();
                            }
                            default -> {
                                url = t.base() + "/claims/simulate";
                                body = t.simulate();
                            }
                        }
                        int status;
                        try {
                            status = post(t.http(), url, body, auth).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - due;
                        mine[n++] = took;
                        mineByKind[i % 3][nByKind[i % 3]++] = took;
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
                    for (int k = 0; k < KINDS.length; k++) {
                        byKind[k][client] = Arrays.copyOf(mineByKind[k], nByKind[k]);
                    }
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
        if (rate > 0) {
            f.put(prefix + "clients", clients);
            f.put(prefix + "requests_per_client", requests);
            f.put(prefix + "offered_per_s", rate);
        }
        f.put(prefix + "requests", sent.get());
        f.put(prefix + "seconds", nanos / 1e9);
        f.put(prefix + "requests_per_s", Math.round(Figures.perSecond(sent.get(), nanos)));
        f.put(prefix + "p50_ms", percentile(all, 50));
        f.put(prefix + "p95_ms", percentile(all, 95));
        f.put(prefix + "p99_ms", percentile(all, 99));
        f.put(prefix + "max_ms", all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        for (int k = 0; k < KINDS.length; k++) {
            long[] kind = Arrays.stream(byKind[k]).flatMapToLong(Arrays::stream).sorted().toArray();
            f.put(prefix + KINDS[k] + "_p50_ms", percentile(kind, 50));
            f.put(prefix + KINDS[k] + "_p99_ms", percentile(kind, 99));
        }
        f.put(prefix + "ok_2xx", ok.get());
        f.put(prefix + "conflict_409", conflicts.get());
        f.put(prefix + "rate_limited", limited.get());
        f.put(prefix + "errors", errors.get());
        f.put(prefix + "stopped_by_time", sent.get() < (long) clients * requests ? 1 : 0);
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static String registration(People.Person p) {
        ObjectNode o = Json.MAPPER.createObjectNode();
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
