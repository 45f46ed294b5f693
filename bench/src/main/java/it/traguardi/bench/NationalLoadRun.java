package it.traguardi.bench;

import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.store.Database;
import it.traguardi.store.Stores;
import it.traguardi.web.WebServer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Issue 12's load run on the national data set ({@link NationalLoad}): one server, as {@code serve}
 * runs it ({@link WebServer#serving}, the roles' policy), on the database given, and virtual users
 * ramping from 20 to 200 (stages of {@code --stages 20,50,100,200}, {@code --seconds} each; the users
 * of a stage keep running into the next). User {@code i} is the pianificatore of {@code Ente i}: signs
 * in once through the form, then loops over a realistic mix, pausing {@code --think} ms (1000) after
 * each answer as a person reading it: the plan tree, an indicator page, an objective page, a value
 * entered through the API (token), the check of a values CSV (upload preview), the scores, one time in
 * ten the cross-entity comparison of payment timeliness, and, with {@code --report PATH} (a path under
 * the plan, e.g. {@code /rapporti/monitoraggio.pdf}), a report. Per stage: p50/p95/p99 of each step,
 * its error rate, and the heap the process uses after a full collection (server and clients share the
 * process; the clients hold little).
 *
 * <p>{@code NationalLoadRun --db JDBC_URL [--stages 20,50,100,200] [--seconds 60] [--think 1000]
 * [--report PATH]}, or {@code --single} (see {@link #single}). The accounts ({@code pianificatore.ente1}, ...) are created on the first run.
 */
public final class NationalLoadRun {

    /** What a virtual user does, each timed on its own. */
    enum Step { SIGN_IN, TREE, INDICATOR, OBJECTIVE, ENTER_VALUE, CSV_PREVIEW, SCORES, COMPARISON, REPORT }

    static final String PASSWORD = "cavallo batteria graffetta";
    private static final int YEAR = NationalLoad.NATIONAL_YEAR;

    /** The latencies (ns) and errors of each step in one stage. */
    static final class Recorder {
        private final EnumMap<Step, long[]> latencies = new EnumMap<>(Step.class);
        private final EnumMap<Step, Integer> counts = new EnumMap<>(Step.class);
        private final EnumMap<Step, Integer> errors = new EnumMap<>(Step.class);

        synchronized void add(Step step, long nanos, boolean ok) {
            if (!ok) {
                errors.merge(step, 1, Integer::sum);
                return;
            }
            var count = counts.getOrDefault(step, 0);
            var array = latencies.computeIfAbsent(step, s -> new long[1024]);
            if (count == array.length) {
                array = Arrays.copyOf(array, count * 2);
                latencies.put(step, array);
            }
            array[count] = nanos;
            counts.put(step, count + 1);
        }

        synchronized void report(int clients, double seconds) {
            for (var step : Step.values()) {
                var count = counts.getOrDefault(step, 0);
                var failed = errors.getOrDefault(step, 0);
                if (count + failed == 0) {
                    continue;
                }
                var sorted = Arrays.copyOf(latencies.getOrDefault(step, new long[0]), count);
                Arrays.sort(sorted);
                System.out.printf("[national-load] %3d users %-11s %6d ok %4d errors (%.2f%%) %6.1f/s  ms p50 %7.1f"
                        + " p95 %7.1f p99 %7.1f max %7.1f%n", clients, step, count, failed,
                        100.0 * failed / (count + failed), count / seconds, pct(sorted, 50), pct(sorted, 95),
                        pct(sorted, 99), pct(sorted, 100));
            }
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
        }
    }

    private NationalLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        var url = option(args, "--db", "jdbc:postgresql://127.0.0.1:5432/traguardi_national?user=postgres");
        var stages = Arrays.stream(option(args, "--stages", "20,50,100,200").split(",")).mapToInt(Integer::parseInt).toArray();
        var seconds = Integer.parseInt(option(args, "--seconds", "60"));
        var think = Integer.parseInt(option(args, "--think", "1000"));
        var report = option(args, "--report", "");
        var users = stages[stages.length - 1];
        try (var database = Database.open(url)) {
            var stores = Stores.on(database.dataSource());
            var tokens = accounts(stores, users);
            var app = WebServer.serving(stores).start("127.0.0.1", 0);
            try {
                var base = "http://127.0.0.1:" + app.port();
                System.out.printf("[national-load] serving %s at %s; stages %s, %d s each, think %d ms, heap max %d MB%n",
                        url.replaceAll("password=[^&]*", "password=***"), base, Arrays.toString(stages), seconds, think,
                        Runtime.getRuntime().maxMemory() >> 20);
                if (List.of(args).contains("--single")) {
                    single(base, seconds);
                } else {
                    run(base, tokens, stages, seconds, think, report);
                }
            } finally {
                app.stop();
            }
        }
    }

    /** An administrator (so the server accepts changes) and a pianificatore per entity; a fresh token each. */
    private static List<String> accounts(Stores stores, int users) {
        var store = stores.accounts().users();
        if (store.find("amministratore").isEmpty()) {
            store.add("amministratore", "Amministratore", true, PASSWORD, BenchActor.BENCH);
        }
        var tokens = new ArrayList<String>();
        for (int i = 1; i <= users; i++) {
            var login = login(i);
            var user = store.find(login).orElseGet(() -> {
                var added = store.add(login, "Pianificatore", false, PASSWORD, BenchActor.BENCH);
                return added;
            });
            store.grant(user.id(), new Grant(NationalLoad.entity(i), Role.PIANIFICATORE), BenchActor.BENCH);
            tokens.add(stores.accounts().tokens().create(user.id(), "carico", 1, BenchActor.BENCH));
        }
        return tokens;
    }

    static String login(int number) {
        return "pianificatore.ente" + number;
    }

    private static void run(String base, List<String> tokens, int[] stages, int seconds, int think, String report)
            throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var recorder = new AtomicReference<>(new Recorder());
        var stop = new AtomicBoolean();
        var started = 0;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var clients : stages) {
                for (; started < clients; started++) {
                    var user = new VirtualUser(http, base, started + 1, tokens.get(started), think, report);
                    pool.submit(() -> user.loop(recorder, stop));
                }
                var begin = System.nanoTime();
                Thread.sleep(seconds * 1000L);
                var done = recorder.getAndSet(new Recorder());
                done.report(clients, (System.nanoTime() - begin) / 1e9);
                System.out.printf("[national-load] %3d users: heap used after a full GC %d MB (committed %d MB);"
                        + " load average %s", clients, heapAfterGc() >> 20,
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20,
                        Files.readString(Path.of("/proc/loadavg")));
            }
            stop.set(true);
        }
    }

    /**
     * {@code --single}: the tree page of {@code Ente 0001} as the public reads it (2 clients, after a
     * warm-up), then the comparison of payment timeliness across every entity (1 client): run on the
     * national database and on one holding only {@code Ente 0001}, the ratio of the tree's p50 says
     * what 8,000 entities cost one entity's page.
     */
    private static void single(String base, int seconds) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var tree = "/piani/" + encode(NationalLoad.entity(1)) + "/" + YEAR;
        var comparison = "/api/v1/indicators/" + NationalDataset.PAYMENT_TIMELINESS + "/entities?year=" + YEAR;
        WebLoadRun.phase(http, base, tree, 2, Math.max(5, seconds / 2), Long.MAX_VALUE, 0);
        System.out.printf("[national-load] load average %s", Files.readString(Path.of("/proc/loadavg")));
        System.out.printf("[national-load] tree, 2 clients: %s%n",
                WebLoadRun.phase(http, base, tree, 2, seconds, Long.MAX_VALUE, 0).report());
        WebLoadRun.phase(http, base, comparison, 1, 5, Long.MAX_VALUE, 0);
        System.out.printf("[national-load] comparison, 1 client: %s%n",
                WebLoadRun.phase(http, base, comparison, 1, seconds, Long.MAX_VALUE, 0).report());
        System.out.printf("[national-load] load average %s", Files.readString(Path.of("/proc/loadavg")));
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** One person: pianificatore of {@code Ente number}, with the node ids of its (regenerated) plan. */
    private record VirtualUser(HttpClient http, String base, int number, String token, int think, String report,
            Plan plan, SplittableRandom random) {

        VirtualUser(HttpClient http, String base, int number, String token, int think, String report) {
            this(http, base, number, token, think, report, NationalDataset.plan(NationalLoad.entity(number), YEAR, 3,
                    new SplittableRandom(number * 10_000L + YEAR)), new SplittableRandom(number));
        }

        String planPath() {
            return "/piani/" + encode(plan.entity()) + "/" + YEAR;
        }

        String apiPath() {
            return "/api/v1/plans/" + encode(plan.entity()) + "/" + YEAR;
        }

        Void loop(AtomicReference<Recorder> recorder, AtomicBoolean stop) throws InterruptedException {
            var cookie = signIn(recorder);
            var indicators = plan.indicators().toList();
            var objectives = plan.areas().stream().flatMap(a -> a.objectives().stream()).toList();
            for (int round = 0; !stop.get(); round++) {
                timed(recorder, Step.TREE, page(planPath(), cookie), 200);
                var indicator = indicators.get(random.nextInt(indicators.size()));
                timed(recorder, Step.INDICATOR, page(planPath() + "/indicatori/" + indicator.id().value(), cookie), 200);
                var objective = objectives.get(random.nextInt(objectives.size()));
                timed(recorder, Step.OBJECTIVE, page(planPath() + "/obiettivi/" + objective.id().value(), cookie), 200);
                timed(recorder, Step.ENTER_VALUE, api(apiPath() + "/values", "application/json", valueJson(indicators)), 201);
                timed(recorder, Step.CSV_PREVIEW, api(apiPath() + "/values/preview", "text/csv; charset=utf-8",
                        valueCsv(indicators)), 200);
                timed(recorder, Step.SCORES, get(apiPath() + "/scores").header("Authorization", "Bearer " + token), 200);
                if (round % 10 == number % 10) {
                    timed(recorder, Step.COMPARISON, get("/api/v1/indicators/" + NationalDataset.PAYMENT_TIMELINESS
                            + "/entities?year=" + YEAR).header("Authorization", "Bearer " + token), 200);
                }
                if (!report.isEmpty()) {
                    timed(recorder, Step.REPORT, page(planPath() + report, cookie), 200);
                }
            }
            return null;
        }

        private String signIn(AtomicReference<Recorder> recorder) throws InterruptedException {
            var form = "utente=" + login(number) + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            var request = get("/accesso").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            var begin = System.nanoTime();
            try {
                var response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                var cookie = response.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("traguardi_sessione=")).findFirst();
                recorder.get().add(Step.SIGN_IN, System.nanoTime() - begin, cookie.isPresent());
                return cookie.map(c -> c.substring(0, c.indexOf(';'))).orElse("");
            } catch (java.io.IOException e) {
                recorder.get().add(Step.SIGN_IN, System.nanoTime() - begin, false);
                return "";
            }
        }

        /** One value of a count indicator (≥ target, entered directly), with its reason: it may fall short. */
        private String valueJson(List<Indicator> indicators) {
            return "[{\"code\":\"%s\",\"period\":\"%d-06-30\",\"value\":\"%d\",\"reason\":\"prova di carico\"}]"
                    .formatted(counted(indicators).code(), YEAR, random.nextInt(0, 600));
        }

        private String valueCsv(List<Indicator> indicators) {
            var out = new StringBuilder("code;period;value;reason\n");
            for (int i = 0; i < 10; i++) {
                out.append(counted(indicators).code()).append(';').append(YEAR).append(';')
                        .append(random.nextInt(0, 600)).append(";prova di carico\n");
            }
            return out.toString();
        }

        private Indicator counted(List<Indicator> indicators) {
            // every fourth indicator (4th, 8th, ...) counts interventions and has no formula
            return indicators.get(4 * random.nextInt(indicators.size() / 4) + 3);
        }

        private HttpRequest.Builder page(String path, String cookie) {
            var builder = get(path);
            return cookie.isEmpty() ? builder : builder.header("Cookie", cookie);
        }

        private HttpRequest.Builder api(String path, String type, String body) {
            return get(path).header("Authorization", "Bearer " + token).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }

        private HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        }

        private void timed(AtomicReference<Recorder> recorder, Step step, HttpRequest.Builder request, int expected)
                throws InterruptedException {
            var begin = System.nanoTime();
            boolean ok;
            try {
                ok = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == expected;
            } catch (java.io.IOException e) {
                ok = false;
            }
            recorder.get().add(step, System.nanoTime() - begin, ok);
            if (think > 0) {
                Thread.sleep(random.nextInt(think / 2, think * 3 / 2 + 1));
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
