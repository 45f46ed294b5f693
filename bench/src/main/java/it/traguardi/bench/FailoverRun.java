package it.traguardi.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 12's node-failure run, driven by {@code scripts/cluster failover-run}: clients read and
 * write through HAProxy in front of two {@code serve} nodes, one node is killed ({@code kill -9}) in
 * the middle, and the run goes on against the other. Every write records one value with an amount
 * no other write uses; each write answered 2xx is kept with its amount, and at the end the database
 * is asked for every amount: an accepted write whose amount is not there is a lost write.
 *
 * <p>A write that got no answer or an error (the node died with it in flight) is of unknown outcome:
 * the client cannot know whether it was committed. Those are counted apart, with how many the
 * database holds nonetheless; the client would send them again (a value sent twice is one more
 * record of the same value in the history, never a wrong score).
 *
 * <p>Arguments: {@code URL TOKEN JDBC_URL SECONDS CLIENTS KILL_AT_SECONDS PID_TO_KILL [WARM_UP_SECONDS]}
 * (PID 0: kill nothing, a run without failure). The warm-up (default 0) only reads, through both
 * nodes, and is not counted: the JIT of fresh nodes would otherwise make the first half slower.
 */
public final class FailoverRun {

    /** Codes of the Modena 2022 demo plan: an indicator and the three measures of its formula. */
    static final List<String> CODES = List.of("301.51", "D1.1_1", "D1.1_2", "D1.1_3");
    static final String TREE = "/piani/Modena/2022";
    static final String SCORES = "/api/v1/plans/Modena/2022/scores";
    static final String VALUES = "/api/v1/plans/Modena/2022/values";
    /** Amounts of this run start here: values already in the plan never collide with them. */
    static final long FIRST_AMOUNT = 7_000_000;

    private record Settings(URI base, String token, String jdbc, int seconds, int clients, int killAt, long pid) {
    }

    /** What the clients saw, counted as they go. */
    private static final class Tally {
        final AtomicLong reads = new AtomicLong();
        final AtomicLong writes = new AtomicLong();
        final AtomicLong beforeKill = new AtomicLong();
        final AtomicLong afterKill = new AtomicLong();
        final ConcurrentLinkedQueue<Long> accepted = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> unknown = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        volatile boolean killed;
    }

    private FailoverRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7 && args.length != 8) {
            System.err.println("usage: FailoverRun URL TOKEN JDBC_URL SECONDS CLIENTS KILL_AT_SECONDS PID [WARM_UP_SECONDS]");
            System.exit(64);
        }
        var settings = new Settings(URI.create(args[0]), args[1], args[2], Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), Integer.parseInt(args[5]), Long.parseLong(args[6]));
        if (args.length == 8 && Integer.parseInt(args[7]) > 0) {
            var warmUp = new Settings(settings.base(), settings.token(), settings.jdbc(), Integer.parseInt(args[7]),
                    settings.clients(), 0, 0);
            run(warmUp, false);
            System.out.println("warm-up: " + args[7] + " s of reads, not counted");
        }
        var tally = run(settings, true);
        System.exit(report(settings, tally) == 0 ? 0 : 1);
    }

    private static Tally run(Settings settings, boolean writes) throws InterruptedException {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var tally = new Tally();
        var amounts = new AtomicLong(FIRST_AMOUNT);
        var ops = new AtomicLong();
        var end = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.seconds());
        var pool = Executors.newFixedThreadPool(settings.clients() + 1);
        pool.submit(() -> kill(settings, tally));
        for (int c = 0; c < settings.clients(); c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    var op = ops.incrementAndGet();
                    step(http, settings, tally, writes ? op : op | 1, amounts);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(settings.seconds() + 60L, TimeUnit.SECONDS);
        return tally;
    }

    private static Void kill(Settings settings, Tally tally) throws InterruptedException {
        if (settings.pid() <= 0) {
            return null;
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(settings.killAt()));
        // SIGKILL: the node gets no chance to finish what it holds
        ProcessHandle.of(settings.pid()).ifPresent(ProcessHandle::destroyForcibly);
        tally.killed = true;
        System.out.println("killed node pid " + settings.pid() + " after " + settings.killAt() + " s");
        return null;
    }

    /** One request: every fourth a write, the others the tree page and the score API in turn. */
    private static void step(HttpClient http, Settings settings, Tally tally, long op, AtomicLong amounts) {
        (tally.killed ? tally.afterKill : tally.beforeKill).incrementAndGet();
        if (op % 4 == 0) {
            write(http, settings, tally, amounts.incrementAndGet());
        } else {
            read(http, settings, tally, op % 4 == 1 ? TREE : SCORES);
        }
    }

    private static void read(HttpClient http, Settings settings, Tally tally, String path) {
        tally.reads.incrementAndGet();
        try {
            var answer = http.send(request(settings, path).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 200) {
                tally.errors.add("read HTTP " + answer.statusCode());
            }
        } catch (IOException e) {
            tally.errors.add("read " + kind(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(HttpClient http, Settings settings, Tally tally, long amount) {
        tally.writes.incrementAndGet();
        var code = CODES.get((int) (amount % CODES.size()));
        var json = "[{\"code\":\"" + code + "\",\"period\":\"2022\",\"value\":" + amount
                + ",\"reason\":\"prova di guasto di un nodo\"}]";
        try {
            var answer = http.send(request(settings, VALUES).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 == 2) {
                tally.accepted.add(amount);
            } else {
                // 409 busy and 4xx refusals stored nothing by contract; 5xx from the proxy may have
                tally.errors.add("write HTTP " + answer.statusCode());
                if (answer.statusCode() >= 500) {
                    tally.unknown.add(amount);
                }
            }
        } catch (IOException e) {
            tally.errors.add("write " + kind(e));
            tally.unknown.add(amount);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpRequest.Builder request(Settings settings, String path) {
        return HttpRequest.newBuilder(settings.base().resolve(path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + settings.token());
    }

    private static String kind(IOException e) {
        return e instanceof HttpTimeoutException ? "timeout" : "connection " + e.getClass().getSimpleName();
    }

    /** Prints the counts; returns the lost writes. */
    private static long report(Settings settings, Tally tally) throws SQLException {
        var stored = storedAmounts(settings.jdbc());
        var lost = tally.accepted.stream().filter(a -> !stored.contains(a)).count();
        var unknownStored = tally.unknown.stream().filter(stored::contains).count();
        Map<String, Integer> kinds = new TreeMap<>();
        tally.errors.forEach(k -> kinds.merge(k, 1, Integer::sum));
        System.out.printf("requests: %d (reads %d, writes %d); before the kill %d, after %d%n",
                tally.reads.get() + tally.writes.get(), tally.reads.get(), tally.writes.get(), tally.beforeKill.get(),
                tally.afterKill.get());
        System.out.printf("errors: %d %s%n", tally.errors.size(), kinds);
        System.out.printf("writes accepted (2xx): %d; found in the database: %d; lost writes: %d%n",
                tally.accepted.size(), tally.accepted.size() - lost, lost);
        System.out.printf("writes of unknown outcome (no answer or 5xx): %d, of which committed: %d%n",
                tally.unknown.size(), unknownStored);
        return lost;
    }

    /** Every amount of this run the database holds, as whole numbers. */
    private static Set<Long> storedAmounts(String jdbc) throws SQLException {
        var out = new HashSet<Long>();
        try (var connection = DriverManager.getConnection(jdbc); var select = connection.prepareStatement(
                "select amount from actual_value where amount >= ?")) {
            select.setBigDecimal(1, BigDecimal.valueOf(FIRST_AMOUNT));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getBigDecimal(1).longValueExact());
                }
            }
        }
        return out;
    }
}
