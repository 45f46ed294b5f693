package it.traguardi.bench;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.store.Stores;
import it.traguardi.store.ValueStore;
import it.traguardi.web.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 3's web budgets, measured against the real application over loopback: the plan tree page
 * ({@code /piani/Modena/2022}) has p95 under 50 ms with 20 concurrent clients, and the score API
 * ({@code /api/v1/plans/Modena/2022/scores}) serves at least 1,000 requests a second.
 *
 * <p>Starts {@link WebServer} on 127.0.0.1 and a random port over a fresh H2 file database holding the
 * Modena 2022 seed and generated actual values for its year; warms both pages up; then runs each phase
 * with a fixed pool of client threads, each sending one request after the other (closed loop) until the
 * phase's time or request count runs out. Client and server share this JVM and its CPUs.
 *
 * <p>Arguments (all optional): seconds per phase (20), clients (20), warm-up seconds per page (10),
 * at most this many requests per phase (2,000,000), think time in ms for a last run of the tree page in
 * which every client pauses after each answer as a person reading it would (1000; 0 skips that run).
 * {@code --serve} only starts the server and prints
 * its address, for an external load generator such as wrk; {@code --serve --static DIR} also serves the
 * files of {@code DIR} under {@value #STATIC} from the same server (bench only, the program has no such
 * directory), under the assets' prefix, which the access gate lets everyone read as it does the real assets, so that {@code scripts/tree-vs-static} can compare the tree page with a static file of its bytes.
 *
 * <p>{@code --signed-in} (followed by the same optional numbers) measures issue 9's budget instead:
 * the tree page for someone not signed in and for a signed-in pianificatore of Modena (the session
 * cookie of a real sign-in, so every request looks up the session and the account's roles), on the
 * server as {@code serve} runs it ({@link WebServer#serving}: the role policy, an administrator
 * present). The two phases alternate in four rounds (A B, B A, A B, B A), so that a change of load falls on
 * both; each phase is reported, then the ratio of the medians of their p50 and throughput.
 */
public final class WebLoadRun {

    static final String TREE = "/piani/Modena/2022";
    static final String SCORES = "/api/v1/plans/Modena/2022/scores";
    static final String STATIC = "/static/bench";

    /** The latencies of one phase, in nanoseconds, and how it went. */
    record Outcome(String path, long[] latencies, long errors, long bytes, Duration elapsed) {

        double perSecond() {
            return latencies.length / (elapsed.toNanos() / 1e9);
        }

        double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            var index = (int) Math.ceil(p / 100 * latencies.length) - 1;
            return latencies[Math.max(0, index)] / 1e6;
        }

        String report() {
            return ("%s: %d requests (%d errors) in %.1f s = %.0f req/s; latency ms p50 %.2f, p95 %.2f, p99 %.2f,"
                    + " max %.2f; %d bytes per response").formatted(path, latencies.length, errors,
                    elapsed.toNanos() / 1e9, perSecond(), percentileMillis(50), percentileMillis(95),
                    percentileMillis(99), percentileMillis(100), latencies.length == 0 ? 0 : bytes / latencies.length);
        }
    }

    private WebLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        var serveOnly = args.length > 0 && args[0].equals("--serve");
        var signedIn = args.length > 0 && args[0].equals("--signed-in");
        var numbers = serveOnly ? new String[0] : signedIn ? Arrays.copyOfRange(args, 1, args.length) : args;
        var seconds = numbers.length > 0 ? Integer.parseInt(numbers[0]) : 20;
        var clients = numbers.length > 1 ? Integer.parseInt(numbers[1]) : 20;
        var warmup = numbers.length > 2 ? Integer.parseInt(numbers[2]) : 10;
        var limit = numbers.length > 3 ? Long.parseLong(numbers[3]) : 2_000_000L;
        var think = numbers.length > 4 ? Integer.parseInt(numbers[4]) : 1000;

        var directory = Files.createTempDirectory("traguardi-load");
        try (var database = Database.open("jdbc:h2:file:" + directory.resolve("db").toAbsolutePath())) {
            // one of each store, as the program builds them: the server is handed those that seeded it
            var stores = Stores.on(database.dataSource());
            var plan = seed(stores.plans(), stores.values());
            if (signedIn) {
                SignedInComparison.accounts(stores);
            }
            var app = signedIn ? WebServer.serving(stores) : WebServer.create(stores);
            if (serveOnly && args.length > 2 && args[1].equals("--static")) {
                serveStatic(app, Path.of(args[2]));
            }
            app.start("127.0.0.1", 0);
            try {
                var base = "http://127.0.0.1:" + app.port();
                System.out.printf("[load] %s %d, %d indicators, serving at %s; %d clients, %d s per phase%n",
                        plan.entity(), plan.year(), plan.indicators().count(), base, clients, seconds);
                if (serveOnly) {
                    Thread.currentThread().join();
                }
                if (signedIn) {
                    SignedInComparison.run(base, clients, seconds, warmup, limit);
                } else {
                    run(base, clients, seconds, warmup, limit, think);
                }
            } finally {
                app.stop();
            }
        } finally {
            ScratchFolders.delete(directory);
        }
    }

    /** The files of a directory under {@value #STATIC}, by the same server's static file handler as {@code /static}. */
    private static void serveStatic(Javalin app, Path directory) {
        app.unsafe.staticFiles.add(files -> {
            files.hostedPath = STATIC;
            files.directory = directory.toAbsolutePath().toString();
            files.location = Location.EXTERNAL;
        });
    }

    private static void run(String base, int clients, int seconds, int warmup, long limit, int think)
            throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (var path : new String[] {TREE, SCORES}) {
            var warm = phase(http, base, path, clients, warmup, limit, 0);
            System.out.printf("[load] warm-up %s%n", warm.report());
        }
        measured(http, base, TREE, clients, seconds, limit, 0);
        measured(http, base, SCORES, clients, seconds, limit, 0);
        if (think > 0) {
            measured(http, base, TREE, clients, seconds, limit, think);
        }
    }

    private static void measured(HttpClient http, String base, String path, int clients, int seconds, long limit,
            int think) throws Exception {
        System.out.printf("[load] load average before: %s", Files.readString(Path.of("/proc/loadavg")));
        var outcome = phase(http, base, path, clients, seconds, limit, think);
        System.out.printf("[load] %s%s%n", think > 0 ? "think time %d ms, ".formatted(think) : "as fast as possible, ",
                outcome.report());
        System.out.printf("[load] load average after: %s", Files.readString(Path.of("/proc/loadavg")));
    }

    /** The seed plan stored, with a generated actual value of every indicator for the plan year. */
    static Plan seed(PlanStore store, ValueStore values) throws ImportException {
        var plan = AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan();
        store.save(plan, false, BenchActor.BENCH);
        var at = Instant.parse("2023-01-31T09:00:00Z");
        var records = ScoringBenchmark.actuals(plan, new SplittableRandom(20_220_101L)).entrySet().stream()
                .map(e -> new ValueRecord(ValueTarget.indicator(e.getKey()), Period.of(plan.year()), e.getValue(), at,
                        ValueRecord.SYSTEM, ""))
                .toList();
        values.record(plan.entity(), plan.year(), records, BenchActor.BENCH);
        return plan;
    }

    /**
     * {@code clients} threads GET {@code path} one request after the other for {@code seconds}, each
     * pausing {@code think} ms after every answer (0: none, as fast as the server answers).
     */
    static Outcome phase(HttpClient http, String base, String path, int clients, int seconds, long limit, int think)
            throws Exception {
        return phase(http, HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                path, clients, seconds, limit, think);
    }

    /** As above, with the request given whole (a session cookie in its headers). */
    static Outcome phase(HttpClient http, HttpRequest request, String path, int clients, int seconds, long limit,
            int think) throws Exception {
        var sent = new AtomicLong();
        var errors = new AtomicLong();
        var bytes = new AtomicLong();
        var start = System.nanoTime();
        var deadline = start + seconds * 1_000_000_000L;
        try (var pool = Executors.newFixedThreadPool(clients)) {
            var futures = new Future<?>[clients];
            for (int c = 0; c < clients; c++) {
                futures[c] = pool.submit(() -> client(http, request, deadline, limit, think, sent, errors, bytes));
            }
            var all = new ArrayList<long[]>();
            for (var future : futures) {
                all.add((long[]) future.get());
            }
            var elapsed = Duration.ofNanos(System.nanoTime() - start);
            var latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Outcome(path, latencies, errors.get(), bytes.get(), elapsed);
        }
    }

    /** One client's closed loop; returns its latencies (requests answered 200 only). */
    private static long[] client(HttpClient http, HttpRequest request, long deadline, long limit, int think,
            AtomicLong sent, AtomicLong errors, AtomicLong bytes) throws IOException, InterruptedException {
        var latencies = new long[1024];
        var count = 0;
        while (System.nanoTime() < deadline && sent.incrementAndGet() <= limit) {
            var begin = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            var latency = System.nanoTime() - begin;
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
                continue;
            }
            bytes.addAndGet(response.body().length);
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = latency;
            if (think > 0) {
                Thread.sleep(think);
            }
        }
        return Arrays.copyOf(latencies, count);
    }

}
