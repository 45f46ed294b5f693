package it.traguardi.bench;

import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.store.Stores;
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
import java.util.List;

/**
 * Issue 9's budget, {@code WebLoadRun --signed-in}: the plan-tree page for a signed-in pianificatore
 * stays within 1.2 times what it costs someone not signed in, measured side by side in one run.
 */
final class SignedInComparison {

    static final String PLANNER = "pianificatore.modena";
    static final String PASSWORD = "cavallo batteria graffetta";
    private static final int ROUNDS = 4;

    private SignedInComparison() {
    }

    /** An installation administrator (so the server allows changes) and Modena's pianificatore. */
    static void accounts(Stores stores) {
        var users = stores.accounts().users();
        users.add("amministratore", "Amministratore", true, PASSWORD, BenchActor.BENCH);
        var planner = users.add(PLANNER, "Pianificatore di Modena", false, PASSWORD, BenchActor.BENCH);
        users.grant(planner.id(), new Grant("Modena", Role.PIANIFICATORE), BenchActor.BENCH);
    }

    static void run(String base, int clients, int seconds, int warmup, long limit) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var anonymous = request(base, null);
        var signedIn = request(base, signIn(http, base));
        if (!http.send(signedIn, HttpResponse.BodyHandlers.ofString()).body().contains(PLANNER)) {
            throw new IllegalStateException("the tree page does not show the pianificatore signed in");
        }
        WebLoadRun.phase(http, anonymous, "warm-up", clients, warmup, limit, 0);
        WebLoadRun.phase(http, signedIn, "warm-up", clients, warmup, limit, 0);
        var outcomes = new ArrayList<List<WebLoadRun.Outcome>>(List.of(new ArrayList<>(), new ArrayList<>()));
        var cpu = new ArrayList<List<Double>>(List.of(new ArrayList<>(), new ArrayList<>()));
        for (int round = 0; round < ROUNDS; round++) {
            System.out.printf("[signed-in] load average: %s", Files.readString(Path.of("/proc/loadavg")));
            // A B B A A B B A: neither goes first every time, so a JVM still warming up or a load that
            // rises or falls through the run favours neither
            for (int side : round % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
                measured(http, side == 0 ? anonymous : signedIn, (side == 0 ? "anonymous " : "pianificatore ")
                        + WebLoadRun.TREE, clients, seconds, limit, outcomes.get(side), cpu.get(side));
            }
        }
        System.out.printf("[signed-in] load average: %s", Files.readString(Path.of("/proc/loadavg")));
        var p50 = median(outcomes.get(1), o -> o.percentileMillis(50)) / median(outcomes.get(0), o -> o.percentileMillis(50));
        var rate = median(outcomes.get(0), WebLoadRun.Outcome::perSecond) / median(outcomes.get(1), WebLoadRun.Outcome::perSecond);
        var cpuRatio = median(cpu.get(1)) / median(cpu.get(0));
        System.out.printf("[signed-in] signed-in / anonymous, medians of %d rounds: CPU time per request %.2fx (%.2f vs"
                + " %.2f ms), p50 latency %.2fx, time per request (1 / throughput) %.2fx; budget 1.2x%n", ROUNDS, cpuRatio,
                median(cpu.get(1)), median(cpu.get(0)), p50, rate);
    }

    /**
     * One phase, with the CPU time the whole process (server and clients) spent per request: far less
     * disturbed by other programs on a busy machine than latency and throughput, and the clients'
     * share is the same in both phases.
     */
    private static void measured(HttpClient http, HttpRequest request, String name, int clients, int seconds,
            long limit, List<WebLoadRun.Outcome> outcomes, List<Double> cpuMillis) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var before = os.getProcessCpuTime();
        var outcome = WebLoadRun.phase(http, request, name, clients, seconds, limit, 0);
        var perRequest = (os.getProcessCpuTime() - before) / 1e6 / Math.max(1, outcome.latencies().length);
        System.out.printf("[signed-in] %s; %.2f ms of process CPU a request%n", outcome.report(), perRequest);
        if (outcome.errors() > 0) {
            throw new IllegalStateException(name + ": " + outcome.errors() + " answers were not 200");
        }
        outcomes.add(outcome);
        cpuMillis.add(perRequest);
    }

    /** Signs in through the sign-in form, as a browser does, and returns the session cookie. */
    private static String signIn(HttpClient http, String base) throws Exception {
        var form = "utente=" + PLANNER + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/accesso"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        var cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("traguardi_sessione=")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session after signing in: " + response.statusCode()));
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static HttpRequest request(String base, String cookie) {
        var builder = HttpRequest.newBuilder(URI.create(base + WebLoadRun.TREE)).timeout(Duration.ofSeconds(10)).GET();
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder.build();
    }

    /** The median; of an even count, the mean of the two in the middle. */
    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        var half = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(half) : (sorted.get(half - 1) + sorted.get(half)) / 2;
    }

    private static double median(List<WebLoadRun.Outcome> outcomes, java.util.function.ToDoubleFunction<WebLoadRun.Outcome> of) {
        return median(outcomes.stream().map(o -> of.applyAsDouble(o)).toList());
    }
}
